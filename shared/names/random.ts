/**
 * Deterministic randomness: the offline generators draw from a PRNG seeded with a hash of
 * their input, so the same request always yields the same names and taglines.
 */
import { canonicalJson } from "../generation/request_hash.ts";
import { fnv1a, mulberry32 } from "../random.ts";

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** 32-bit FNV-1a of a text (shared/random.ts). */
export const hash32 = (text: string): number => fnv1a(text);

/** A Random over mulberry32 (shared/random.ts). */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[int(items.length)];
    },
    chance: (probability) => next() < probability,
  };
}

/** A PRNG seeded from the canonical JSON of `input`. */
export function randomFor(input: unknown): Random {
  return seededRandom(hash32(canonicalJson(input)));
}
