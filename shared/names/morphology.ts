/** Word building for offline names: syllables, blends and coined words. */
import type { NamingResearch } from "../research/naming.ts";
import { capitalize } from "./normalize.ts";
import { segments } from "./phonetics.ts";
import type { Random } from "../random.ts";

/** Joins a root and an ending without a vowel clash: "vita" + "ora" → "vitora". */
export function joinSmooth(root: string, ending: string): string {
  if (/[aeiouy]$/.test(root) && /^[aeiou]/.test(ending)) return root.slice(0, -1) + ending;
  return root + ending;
}

/**
 * The first syllable of a word, closed by one consonant: "garden" → "gar", "coffee" → "cof";
 * a one-syllable word stays whole ("bread").
 */
export function firstSyllable(word: string): string {
  const segs = segments(word);
  let i = 0;
  let head = "";
  if (segs[i] && !segs[i].vowel) head += segs[i++].text;
  if (segs[i]) head += segs[i++].text;
  const next = segs[i];
  if (next) head += i === segs.length - 1 ? next.text : next.text[0];
  return head;
}

/**
 * Portmanteaus of two words. Preferably they overlap on a shared letter, keeping the start of
 * the first and the end of the second ("garden" + "harvest" → "garvest"); failing that, the
 * first syllable of one meets the second from its first vowel on.
 */
export function blends(a: string, b: string): string[] {
  const found = new Set<string>();
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j <= b.length - 3; j++) {
      if (a[i] === b[j]) found.add(a.slice(0, i) + b.slice(j));
    }
  }
  const firstVowel = b.search(/[aeiouy]/);
  if (firstVowel > 0) found.add(joinSmooth(firstSyllable(a), b.slice(firstVowel)));
  found.delete(a);
  found.delete(b);
  return [...found].filter((blend) => !blend.includes(a) && !blend.includes(b));
}

/** Consonants a coined word may end on without sounding cut off. */
const CLOSING = ["n", "l", "r", "s", "m", "x", "t"];

/**
 * A pronounceable invented word of exactly `length` letters: alternating onsets and vowels,
 * often finished with one of the research endings, optionally opening with `lead`.
 */
export function coinWord(
  rng: Random,
  length: number,
  research: Pick<NamingResearch, "syllables" | "endings">,
  lead = "",
): string {
  let word = lead.length < length ? lead : "";
  let wantVowel = word !== "" && !/[aeiouy]$/.test(word);
  while (word.length < length) {
    const room = length - word.length;
    if (wantVowel) {
      const endings = research.endings.filter((e) => e.length === room);
      word += endings.length > 0 && rng.chance(0.6)
        ? rng.pick(endings)
        : rng.pick(research.syllables.nuclei);
    } else {
      // Leave room for a vowel after the onset; the very last letter is a closing consonant.
      const onsets = research.syllables.onsets.filter((o) => o.length < room);
      word += onsets.length > 0 ? rng.pick(onsets) : rng.pick(CLOSING);
    }
    wantVowel = !wantVowel;
  }
  return word;
}

/** Longer than this, a coined name reads better as two or three words. */
const MAX_COINED_WORD = 10;

/**
 * A coined name of exactly `length` letters: one word, or for long limits two or three words
 * of near-equal length ("Velmora Tadise"), since one 20-letter word cannot be said at all.
 */
export function coinName(
  rng: Random,
  length: number,
  research: Pick<NamingResearch, "syllables" | "endings">,
  lead = "",
): string {
  const parts = Math.min(3, Math.ceil(length / MAX_COINED_WORD));
  const base = Math.floor(length / parts);
  return Array.from({ length: parts }, (_, i) => {
    const size = base + (i < length % parts ? 1 : 0);
    return capitalize(coinWord(rng, size, research, i === 0 ? lead : ""));
  }).join(" ");
}
