/**
 * The one name scorer, used on model answers and offline names alike. Every part is 0..100;
 * the total weighs how easily the name is said most, then how well it can be owned.
 */
import type { NamingResearch } from "../research/naming.ts";
import { nameKey, nameLength, nameWords } from "./normalize.ts";
import { pronounceability, spellingHazards } from "./phonetics.ts";
import type { NameFlags, NameScore } from "./schema.ts";
import { resemblesBrand, withinEdits } from "./similarity.ts";

export const SCORE_WEIGHTS = { length: 0.25, pronounceability: 0.4, distinctiveness: 0.35 };

/** Pronounceability below which the total is scaled down with it. */
const SAYABLE_FLOOR = 50;

export interface NameAssessment {
  score: NameScore;
  flags: NameFlags;
}

/** Scores a name; `briefKeys` (the brief's words) mark names that merely repeat the brief. */
export type NameScorer = (name: string, briefKeys?: readonly string[]) => NameAssessment;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** Six or seven letters is the sweet spot; shorter gets cryptic, longer gets to be a chore. */
export function lengthScore(letters: number): number {
  if (letters < 6) return clamp(100 - (6 - letters) * 12);
  return clamp(100 - Math.max(0, letters - 7) * 8);
}

/** The research's real words, with the look-ups the scorer needs. */
function lexicon(research: NamingResearch) {
  const words = new Set([
    ...research.commonWords,
    ...research.compoundParts,
    ...research.meanings.flatMap((m) => m.images),
    ...research.descriptors.general,
    ...research.descriptors.byIndustry.flatMap((d) => d.words),
  ]);
  // Words by first letter, so the near-miss search compares a handful, not the whole list.
  const byInitial = Map.groupBy(words, (w) => w[0]);
  const isWord = (key: string) =>
    words.has(key) || (key.endsWith("s") && words.has(key.slice(0, -1)));
  return {
    isWord,
    /** "Sault" one letter off "salt": reads as a typo of a word, not as a name. */
    nearMiss: (key: string) =>
      key.length >= 4 && !isWord(key) &&
      (byInitial.get(key[0]) ?? []).some((w) => withinEdits(w, key, 1)),
    /** "Leafnest" = "leaf" + "nest": vivid, but two everyday words are easy to copy. */
    twoWords: (key: string) => {
      for (let i = 3; i <= key.length - 3; i++) {
        if (isWord(key.slice(0, i)) && isWord(key.slice(i))) return true;
      }
      return false;
    },
  };
}

/** Builds a scorer over one version of the research (its word lists are indexed once). */
export function createNameScorer(research: NamingResearch): NameScorer {
  const words = lexicon(research);

  return (name, briefKeys = []) => {
    const key = nameKey(name);
    const wordKeys = nameWords(name).map(nameKey).filter(Boolean);
    const dictionaryWord = words.isWord(key) ||
      (wordKeys.length > 1 && wordKeys.every(words.isWord));
    const brand = resemblesBrand([...new Set([key, ...wordKeys])], research.famousBrands);

    let distinct = 100;
    if (dictionaryWord) distinct -= 30;
    else if (words.twoWords(key)) distinct -= 10;
    else if (words.nearMiss(key)) distinct -= 15;
    if (brand) distinct -= 60;
    const generic = research.genericTerms.filter((g) =>
      wordKeys.includes(g) || (g.length >= 4 && (key.startsWith(g) || key.endsWith(g)))
    );
    distinct -= Math.min(generic.length, 2) * 15;
    if (research.overusedEndings.some((e) => key.endsWith(e) && key.length > e.length + 2)) {
      distinct -= 10;
    }
    // A name that is, or spells out, the brief's own words describes rather than distinguishes.
    if (briefKeys.includes(key)) distinct -= 25;
    else if (briefKeys.some((b) => b.length >= 4 && key.includes(b))) distinct -= 10;
    distinct -= Math.max(0, wordKeys.length - 1) * 8;
    if (key.length <= 3) distinct -= 10;

    const parts = {
      length: lengthScore(nameLength(name)),
      pronounceability: pronounceability(name),
      distinctiveness: clamp(distinct),
    };
    const weighted = parts.length * SCORE_WEIGHTS.length +
      parts.pronounceability * SCORE_WEIGHTS.pronounceability +
      parts.distinctiveness * SCORE_WEIGHTS.distinctiveness;
    // A name nobody can say is worth little however short or unique: below the floor,
    // pronounceability scales the whole total down ("Xqzptk" ends near 0, not at 60).
    const total = clamp(weighted * Math.min(1, parts.pronounceability / SAYABLE_FLOOR));
    return {
      score: { total, ...parts },
      flags: {
        hard_to_spell: parts.pronounceability < 50 || spellingHazards(name).length >= 2,
        looks_like_common_brand: brand !== undefined,
        dictionary_word: dictionaryWord,
      },
    };
  };
}

const scorers = new WeakMap<NamingResearch, NameScorer>();

/** The scorer for a research version, built once and reused. */
export function scorerFor(research: NamingResearch): NameScorer {
  let scorer = scorers.get(research);
  if (!scorer) scorers.set(research, scorer = createNameScorer(research));
  return scorer;
}
