/**
 * Does `candidate` have the shape of `reference`? Every key of a reference object must be
 * present with a conforming value; array elements must conform to the reference's first
 * element; primitives must have the same type. Extra keys are allowed. Used to refuse a
 * database override that would break the generators reading it.
 */
export function conforms(reference: unknown, candidate: unknown, path = "$"): string | null {
  if (Array.isArray(reference)) {
    if (!Array.isArray(candidate)) return `${path}: expected an array`;
    if (reference.length === 0) return null;
    for (let i = 0; i < candidate.length; i++) {
      const problem = conforms(reference[0], candidate[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (reference !== null && typeof reference === "object") {
    if (candidate === null || typeof candidate !== "object" || Array.isArray(candidate)) {
      return `${path}: expected an object`;
    }
    for (const [key, value] of Object.entries(reference)) {
      if (!(key in candidate)) return `${path}.${key}: missing`;
      const problem = conforms(
        value,
        (candidate as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (problem) return problem;
    }
    return null;
  }
  return typeof reference === typeof candidate ? null : `${path}: expected a ${typeof reference}`;
}
