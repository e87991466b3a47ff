/**
 * The rules every tagline must pass: a word limit, no brand name unless asked for, no avoid
 * word, and no cliché.
 */
import type { TaglineResearch } from "../research/taglines.ts";
import { countWords, tokens } from "./text.ts";

export type TaglineRejection =
  | "empty"
  | "too_many_words"
  | "too_long"
  | "mentions_name"
  | "avoided_word"
  | "cliche"
  | "duplicate"
  | "over_count";

export interface TaglineRules {
  brandName: string;
  includeName: boolean;
  maxWords: number;
  avoid: readonly string[];
}

/** Longest line in characters, whatever the word limit: a tagline fits on a business card. */
export const MAX_TAGLINE_CHARS = 120;

/** Words that do not change which phrase a line uses: "think outside (of) the box". */
const FILLER = new Set(["a", "an", "the", "of", "your", "our", "my", "their", "its"]);

/**
 * A crude stemmer, applied to both sides of a comparison so "thinking", "redefined" and
 * "boxes" meet "think", "redefine" and "box".
 */
export function stem(token: string): string {
  let t = token;
  if (t.length > 5 && t.endsWith("ing")) t = t.slice(0, -3);
  else if (t.length > 4 && t.endsWith("ed")) t = t.slice(0, -2);
  else if (t.length > 4 && /(s|x|z|ch|sh)es$/.test(t)) t = t.slice(0, -2);
  else if (t.length > 3 && t.endsWith("s") && !t.endsWith("ss")) t = t.slice(0, -1);
  if (t.length > 4 && t.endsWith("e")) t = t.slice(0, -1);
  return t;
}

const phraseStems = (text: string) => tokens(text).filter((t) => !FILLER.has(t)).map(stem);

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Finds which of its phrases a text uses, if any. */
export type PhraseFinder = (text: string) => string | undefined;

/** A finder for any of `phrases` in a text, matched on stemmed words. */
export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const prepared = phrases.map((phrase) => ({ phrase, stems: phraseStems(phrase) }));
  return (text) => {
    const words = phraseStems(text);
    return prepared.find((p) => containsRun(words, p.stems))?.phrase;
  };
}

const clicheFinders = new WeakMap<TaglineResearch, PhraseFinder>();

/** The cliché finder for a research version, built once and reused. */
export function clicheFinderFor(research: TaglineResearch): PhraseFinder {
  let finder = clicheFinders.get(research);
  if (!finder) clicheFinders.set(research, finder = phraseFinder(research.cliches));
  return finder;
}

/** Whether the line names the brand: "Zentrova", "Zentrova's", "blue harbor", "BlueHarbor". */
export function mentionsName(text: string, brandName: string): boolean {
  const brand = tokens(brandName);
  if (brand.length === 0) return false;
  const words = tokens(text);
  const joined = brand.join("");
  return containsRun(words, brand) || words.some((w) => w === joined || w === `${joined}s`);
}

/** Why a (normalised) line breaks the rules, or undefined when it passes. */
export function screenTagline(
  text: string,
  rules: TaglineRules,
  cliche: PhraseFinder,
): { reason: TaglineRejection; detail?: string } | undefined {
  const words = countWords(text);
  if (words === 0) return { reason: "empty" };
  if (words > rules.maxWords) return { reason: "too_many_words" };
  if (text.length > MAX_TAGLINE_CHARS) return { reason: "too_long" };
  if (!rules.includeName && mentionsName(text, rules.brandName)) return { reason: "mentions_name" };
  const avoided = phraseFinder(rules.avoid)(text);
  if (avoided) return { reason: "avoided_word", detail: avoided };
  const used = cliche(text);
  if (used) return { reason: "cliche", detail: used };
  return undefined;
}
