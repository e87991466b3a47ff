/** The brief's own words, for descriptors, acronyms and spotting names that repeat the brief. */
import type { Brief } from "../brief.ts";
import type { NamingResearch } from "../research/naming.ts";
import { foldAccents } from "./normalize.ts";

export interface BriefWord {
  /** Lowercase ASCII letters, for matching and word building. */
  key: string;
  /** The word as the brief wrote it (proper nouns keep their capital). */
  text: string;
  source: "keyword" | "industry" | "description";
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const MAX_WORDS = 16;

/** Lowercase unless the word is a proper noun mid-sentence or has inner capitals ("SaaS"). */
function displayForm(word: string, sentenceStart: boolean): string {
  const innerCapitals = /\p{Lu}/u.test(word.slice(1));
  const capitalised = /^\p{Lu}/u.test(word);
  return innerCapitals || (capitalised && !sentenceStart) ? word : word.toLowerCase();
}

function wordsOf(text: string, source: BriefWord["source"]): BriefWord[] {
  const words: BriefWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const before = text.slice(0, match.index).trimEnd();
    const sentenceStart = source !== "description" || before === "" || /[.!?]$/.test(before);
    const key = foldAccents(match[0]).toLowerCase();
    // Words outside the Latin alphabet cannot seed Latin-letter names; they are skipped.
    if (/^[a-z]+$/.test(key)) {
      words.push({ key, text: displayForm(match[0], sentenceStart), source });
    }
  }
  return words;
}

/**
 * The brief's content words in order of weight: keywords, then industry, then description.
 * Function words, filler and words shorter than three letters are dropped; each key once.
 */
export function briefWords(brief: Brief, research: Pick<NamingResearch, "stopwords">): BriefWord[] {
  const stop = new Set(research.stopwords);
  const all = [
    ...(brief.keywords ?? []).flatMap((k) => wordsOf(k, "keyword")),
    ...wordsOf(brief.industry ?? "", "industry"),
    ...wordsOf(brief.description, "description"),
  ];
  const seen = new Set<string>();
  return all.filter((w) => {
    if (w.key.length < 3 || stop.has(w.key) || seen.has(w.key)) return false;
    seen.add(w.key);
    return true;
  }).slice(0, MAX_WORDS);
}

/** "eco" must match exactly (not "economy"); longer triggers match word starts ("fast"er). */
export function evokes(trigger: string, key: string): boolean {
  if (trigger.length <= 3) return key === trigger || key === `${trigger}s`;
  return key.startsWith(trigger);
}
