/**
 * What names are built from: the analysis' concepts and related words, in English and as
 * classical or foreign roots; and which of those a finished name actually contains.
 */
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import { firstSyllable } from "./morphology.ts";
import { nameKey, nameWords } from "./normalize.ts";
import { foreignRoots } from "./roots.ts";
import type { NameRoot } from "./schema.ts";

export interface Seed extends NameRoot {
  /** How central the concept behind it is (0..1). */
  weight: number;
}

/** English words short enough to build a name with. */
const BUILDABLE = /^[a-z]{3,9}$/;
/**
 * Related words used per concept: the analysis lists curated associations and synonyms
 * first; further down come parts of parts ("gear" → tooth), which make off-brief names.
 */
const RELATED_PER_CONCEPT = 2;

/** How much each later concept (in the analysis' order, most central first) weighs less. */
const RANK_STEP = 0.1;

/** Category words a lexicon lists as related that no one would name a brand after. */
const TOO_GENERIC = new Set([
  "device",
  "machine",
  "goods",
  "structure",
  "instrument",
  "implement",
  "equipment",
  "container",
  "covering",
  "establishment",
  "product",
  "creation",
  "system",
  "part",
  "body",
  "organ",
  "tissue",
  "material",
  "item",
  "component",
  "mechanism",
  "apparatus",
  "artifact",
  "illumine",
  "illume",
  "casing",
  "framework",
]);

/**
 * How much a personality leans on classical and foreign roots: a Geneva atelier speaks
 * Latin and Greek, a children's clinic plain English.
 */
const FOREIGN_LEAN: Partial<Record<Personality, number>> = {
  premium: 1.4,
  classic: 1.4,
  artisanal: 1.2,
  technical: 1.1,
  playful: 0.7,
  friendly: 0.8,
  rugged: 0.8,
};

/** The brand's lean to foreign roots: above 1 classical, below 1 plain English. */
export const foreignLean = (personality: readonly Personality[]): number =>
  personality.reduce((m, p) => m * (FOREIGN_LEAN[p] ?? 1), 1);

/** The seeds of an analysis, most central first, each root once. */
export function namingSeeds(analysis: BriefAnalysis): Seed[] {
  const lean = foreignLean(analysis.personality);
  const seeds = new Map<string, Seed>();
  const add = (root: string, from: string, language: string, weight: number) => {
    const known = seeds.get(root);
    if (!known || known.weight < weight) seeds.set(root, { root, from, language, weight });
  };
  for (const [rank, concept] of analysis.concepts.entries()) {
    const central = concept.weight * (1 - RANK_STEP * Math.min(rank, 5));
    const words = [
      { word: concept.term, weight: central },
      // The analysis lists the closest related words first: weight falls off along the list.
      ...concept.related.filter((w) => !TOO_GENERIC.has(w)).slice(0, RELATED_PER_CONCEPT)
        .map((word, i) => ({ word, weight: central * 0.6 * (1 - i / 10) })),
    ];
    for (const { word, weight } of words) {
      if (BUILDABLE.test(word)) add(word, word, "en", weight);
      for (const r of foreignRoots(word)) {
        add(r.root, word, r.language, Math.min(1, weight * 0.9 * lean));
      }
    }
  }
  return [...seeds.values()].sort((a, b) => b.weight - a.weight);
}

/** Weighted draw: central concepts come up more often, peripheral ones still do. */
export function pickSeed(
  rng: { next(): number },
  seeds: readonly Seed[],
): Seed | undefined {
  const total = seeds.reduce((sum, s) => sum + s.weight, 0);
  let roll = rng.next() * total;
  for (const seed of seeds) {
    roll -= seed.weight;
    if (roll <= 0) return seed;
  }
  return seeds.at(-1);
}

const MIN_PIECE = 3;
const MIN_TAIL = 4;

/**
 * The seeds a finished name is built on: a root it contains, or (for blends and coinages) a
 * word whose first syllable opens one of the name's words or whose last four letters end one.
 * Whatever made the name, model or generator, it is credited only for what is really in it.
 */
export function rootsIn(name: string, seeds: readonly Seed[]): NameRoot[] {
  const words = nameWords(name).map(nameKey).filter(Boolean);
  const found: NameRoot[] = [];
  const credit = (root: string, seed: Seed) => {
    if (!found.some((f) => f.root === root && f.from === seed.from)) {
      found.push({ root, from: seed.from, language: seed.language });
    }
  };
  for (const seed of seeds) {
    const whole = nameKey(seed.root);
    if (whole.length >= MIN_PIECE && words.some((w) => w.includes(whole))) {
      credit(whole, seed);
      continue;
    }
    // "aqua" + "ella" → "Aquella": the root loses its final vowel to the ending.
    const clipped = whole.replace(/[aeiouy]$/, "");
    if (
      clipped.length >= MIN_PIECE && clipped !== whole && words.some((w) => w.startsWith(clipped))
    ) {
      credit(clipped, seed);
      continue;
    }
    const head = firstSyllable(whole);
    if (head.length >= MIN_PIECE && head !== whole && words.some((w) => w.startsWith(head))) {
      credit(head, seed);
      continue;
    }
    const tail = whole.slice(-MIN_TAIL);
    if (whole.length > MIN_TAIL && words.some((w) => w.length > MIN_TAIL && w.endsWith(tail))) {
      credit(tail, seed);
    }
  }
  return found;
}
