/** Deterministic randomness: the same input always draws the same logo. */
import { fnv1a, mulberry32 } from "../random.ts";

/** FNV-1a over the UTF-16 code units of the parts, separated so ("ab","c") ≠ ("a","bc"). */
export function hashSeed(...parts: readonly string[]): number {
  let hash: number | undefined;
  for (const part of parts) hash = fnv1a("\u001f", fnv1a(part, hash));
  return hash ?? fnv1a("");
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** A Random over mulberry32 (shared/random.ts). */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    range: (min, max) => min + next() * (max - min),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}
