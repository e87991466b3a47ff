/**
 * Deterministic randomness: the offline generators draw from a PRNG seeded with a hash of
 * their input, so the same request always yields the same names and taglines.
 */
import { canonicalJson } from "../hash.ts";
import { fnv1a, type Random, seededRandom } from "../random.ts";

/** 32-bit FNV-1a of a text (shared/random.ts). */
export const hash32 = (text: string): number => fnv1a(text);

/** A PRNG seeded from the canonical JSON of `input`. */
export function randomFor(input: unknown): Random {
  return seededRandom(hash32(canonicalJson(input)));
}
