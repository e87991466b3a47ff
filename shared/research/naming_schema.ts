/** The shape of the naming research set, checked on every override; and the API's name styles. */
import { z } from "zod";

/** The naming styles the API offers, from most to least descriptive. */
export const NAME_STYLES = [
  "descriptive",
  "suggestive",
  "compound",
  "portmanteau",
  "metaphor",
  "real_word",
  "invented",
  "acronym",
] as const;

export type NameStyle = typeof NAME_STYLES[number];

const words = z.array(z.string().min(1));
const someWords = words.min(1);

export const NamingResearchSchema = z.object({
  strategies: z.record(
    z.enum(NAME_STYLES),
    z.object({ style: z.enum(NAME_STYLES), description: z.string(), examples: words }),
  ),
  meanings: z.array(z.object({
    meaning: z.string().min(1),
    triggers: words,
    roots: z.array(z.object({ root: z.string().min(1), gloss: z.string() })).min(1),
    images: someWords,
  })).min(1),
  defaultMeanings: someWords,
  endings: someWords,
  prefixes: someWords,
  syllables: z.object({ onsets: someWords, nuclei: someWords }),
  descriptors: z.object({
    general: someWords,
    byIndustry: z.array(z.object({ triggers: someWords, words: someWords })),
  }),
  compoundParts: someWords,
  genericTerms: words,
  overusedEndings: words,
  famousBrands: words,
  stopwords: words,
  commonWords: words,
});
