/** The hard rules a name must pass to be offered at all. */
import { nameKey, nameLength, nameWords } from "./normalize.ts";
import type { NamesInput } from "./schema.ts";

export type NameRejection =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "too_many_words"
  | "avoided_word"
  | "duplicate"
  | "over_count";

export interface NameLimits {
  minLength: number;
  maxLength: number;
  /** Avoid words of the request and of its brief, together. */
  avoid: readonly string[];
}

export const MAX_NAME_WORDS = 3;

/** Letters and digits, joined by at most a few spaces, hyphens, dots, apostrophes or "&". */
const NAME_SHAPE = /^[\p{L}\p{N}]+(?:[ '&.-]{1,3}[\p{L}\p{N}]+)*$/u;

/** The limits a request sets, its own avoid words joined with the brief's. */
export function limitsFor(input: NamesInput): NameLimits {
  return {
    minLength: input.min_length,
    maxLength: input.max_length,
    avoid: [...input.avoid, ...(input.brief.avoid ?? [])],
  };
}

/**
 * The avoid word a name contains, if any. Words of three letters or more are banned anywhere
 * in the name ("tech" rules out "Techly"); shorter ones only as a whole word, since banning
 * every name with "ai" inside would ban half the language.
 */
export function findAvoided(name: string, avoid: readonly string[]): string | undefined {
  const key = nameKey(name);
  const words = nameWords(name).map(nameKey);
  return avoid.find((word) => {
    const banned = nameKey(word);
    if (!banned) return false;
    return banned.length >= 3 ? key.includes(banned) : words.includes(banned);
  });
}

/** Why a (normalised) name breaks the limits, or undefined when it passes. */
export function checkName(
  name: string,
  limits: NameLimits,
): { reason: NameRejection; detail?: string } | undefined {
  if (!name) return { reason: "empty" };
  if (!NAME_SHAPE.test(name) || !/\p{L}/u.test(name)) return { reason: "invalid_characters" };
  const length = nameLength(name);
  if (length < limits.minLength) return { reason: "too_short" };
  if (length > limits.maxLength) return { reason: "too_long" };
  if (nameWords(name).length > MAX_NAME_WORDS) return { reason: "too_many_words" };
  const avoided = findAvoided(name, limits.avoid);
  if (avoided) return { reason: "avoided_word", detail: avoided };
  return undefined;
}
