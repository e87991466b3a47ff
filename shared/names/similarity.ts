/** How close a name comes to an existing brand. */

/**
 * Whether `a` becomes `b` in at most `max` insertions, deletions or substitutions
 * (Levenshtein). Stops as soon as a whole row of the table exceeds `max`: most names differ
 * from most brands within a few letters, so this is far cheaper than the full distance.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= max;
}

/**
 * Edits a key may be away from a brand and still read as that brand. Short brands allow
 * none: one letter off "visa" or "zara" is a different word, one off "google" is not.
 */
function tolerance(brand: string): number {
  if (brand.length >= 7) return 2;
  return brand.length >= 5 ? 1 : 0;
}

/**
 * The famous brand a name key (or one of its word keys) copies or nearly copies, if any:
 * equal, within a few edits, or containing a brand of five letters or more ("googlify").
 */
export function resemblesBrand(
  keys: readonly string[],
  brands: readonly string[],
): string | undefined {
  for (const brand of brands) {
    const allowed = tolerance(brand);
    for (const key of keys) {
      if (key === brand) return brand;
      if (brand.length >= 5 && key.includes(brand)) return brand;
      if (allowed > 0 && withinEdits(key, brand, allowed)) return brand;
    }
  }
  return undefined;
}
