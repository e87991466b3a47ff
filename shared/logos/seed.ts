/** Deterministic randomness: the same input always draws the same logo. */
import { fnv1a } from "../random.ts";

/** FNV-1a over the UTF-16 code units of the parts, separated so ("ab","c") ≠ ("a","bc"). */
export function hashSeed(...parts: readonly string[]): number {
  let hash: number | undefined;
  for (const part of parts) hash = fnv1a("\u001f", fnv1a(part, hash));
  return hash ?? fnv1a("");
}
