/** Text normal forms for names: one spelling for display, one key for comparisons. */

/** Strips accents so "Café" and "Cafe" compare equal and stems stay plain ASCII. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * The display form of a name as a model or a person typed it: NFC, straight apostrophes,
 * single spaces, and no wrapping quotes, bullets or trailing full stop.
 */
export function normalizeName(raw: string): string {
  return raw.normalize("NFC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * The comparison key of a name: lowercase letters and digits only, accents folded. Two names
 * with the same key ("Zen Trova", "zentrova") are the same name, and the same domain.
 */
export function nameKey(name: string): string {
  return foldAccents(name).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Length as a user counts it for a brand: letters and digits; spaces and punctuation are free. */
export function nameLength(name: string): number {
  return [...name].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;
}

/** The space-separated words of a name. */
export function nameWords(name: string): string[] {
  return name.split(" ").filter(Boolean);
}

/** "bread" → "Bread". */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
