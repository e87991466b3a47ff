/**
 * What Postgres can store of a parsed JSON value (a request body, a token's claims): text
 * must be well-formed Unicode without NUL (valid JSON, yet `text`/`jsonb` reject both), and
 * nesting is bounded so that no later recursive step (validation, hashing, jsonb) can
 * overflow the stack.
 */

/** The deepest nesting of arrays and objects accepted; the top-level value is depth 1. */
export const MAX_JSON_DEPTH = 64;

export type StorableProblem = "too_deep" | "unstorable_text";

const storableText = (s: string) => s.isWellFormed() && !s.includes("\0");

/** The first problem found, or undefined. Iterative: any depth is walked in constant stack. */
export function storableProblem(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
): StorableProblem | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (!storableText(v)) return "unstorable_text";
    } else if (v !== null && typeof v === "object") {
      if (depth + 1 > maxDepth) return "too_deep";
      if (Array.isArray(v)) {
        for (const item of v) stack.push([item, depth + 1]);
      } else {
        for (const [k, item] of Object.entries(v)) {
          if (!storableText(k)) return "unstorable_text";
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return undefined;
}
