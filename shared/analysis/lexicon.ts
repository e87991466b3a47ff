/**
 * Look-ups over the compact WordNet lexicon (data/lexicon.json, built by
 * scripts/build/lexicon.ts). Imported only by the offline analysis, which callers load lazily.
 */
import data from "./data/lexicon.json" with { type: "json" };

export interface NounEntry {
  /** WordNet category of the sense a brand would show: artifact, food, person, act … */
  category: string;
  synonyms: string[];
  /** Nearest first, generic tops left out. */
  hypernyms: string[];
  parts: string[];
  kinds: string[];
  /** Derivationally related words ("piano" → pianist). */
  related: string[];
}

/** Categories of things that can be drawn. */
export const DRAWABLE_CATEGORIES: ReadonlySet<string> = new Set([
  "animal",
  "artifact",
  "body",
  "food",
  "object",
  "plant",
  "substance",
  "phenomenon",
]);

const list = (field: string | undefined) => field ? field.split("|") : [];
const nouns = data.nouns as Record<string, string>;
const adjectives = data.adjectives as Record<string, string>;
const verbs = data.verbs as Record<string, string>;

export const LEXICON_VERSION = data.version;

/** Rarer drawable nouns, known only by their category. */
let rare: Map<string, string> | undefined;
function rareCategory(lemma: string): string | undefined {
  rare ??= new Map(
    Object.entries(data.rare as Record<string, string>).flatMap(([category, lemmas]) =>
      lemmas.split("|").map((l) => [l, category] as const)
    ),
  );
  return rare.get(lemma);
}

export function noun(lemma: string): NounEntry | undefined {
  const raw = Object.hasOwn(nouns, lemma) ? nouns[lemma] : rareCategory(lemma);
  if (!raw) return undefined;
  const [category, synonyms, hypernyms, parts, kinds, related] = raw.split(";");
  return {
    category,
    synonyms: list(synonyms),
    hypernyms: list(hypernyms),
    parts: list(parts),
    kinds: list(kinds),
    related: list(related),
  };
}

/** The nouns an adjective is about: "solar" → sun, "dental" → tooth. */
export const adjectiveNouns = (adjective: string): string[] =>
  Object.hasOwn(adjectives, adjective) ? list(adjectives[adjective]) : [];

/** Nouns for a verb's doer, place or product: "bake" → baker, bakery. */
export const verbNouns = (verb: string): string[] =>
  Object.hasOwn(verbs, verb) ? list(verbs[verb]) : [];
