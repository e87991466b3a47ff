/** Text normal forms for taglines: display text, words, and a key for duplicates. */
import { foldAccents } from "../names/normalize.ts";

// A trailing apostrophe may belong to the line ("Rockin'"), so only double quotes are cut there.
const WRAPPING_QUOTES = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+|["\u201c\u201d\u00ab\u00bb]+$/g;

/** NFC, straight apostrophes, single spaces, no wrapping quotes (models like to add them). */
export function normalizeTagline(raw: string): string {
  return raw.normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(WRAPPING_QUOTES, "")
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
}

/** Words as a reader counts them: "Fresh bread — every day." has four. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Lowercase words without punctuation or accents: "We've got you!" → weve, got, you. */
export function tokens(text: string): string[] {
  return foldAccents(text).toLowerCase().replace(/['\u2019]/g, "")
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Two taglines with the same key are the same line: case and punctuation do not count. */
export function taglineKey(text: string): string {
  return tokens(text).join(" ");
}
