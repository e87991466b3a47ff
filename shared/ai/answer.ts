import type { z } from "zod";

/** Issues listed in a repair turn; more rarely help and only grow the prompt. */
const MAX_ISSUES = 10;

export type CheckedAnswer<T> = { ok: true; value: T } | { ok: false; problems: string };

/**
 * Parses a model's JSON answer and validates it with the request's schema. The problems are
 * written for the model: they go back to it in the repair turn.
 */
export function checkAnswer<S extends z.ZodType>(
  schema: S,
  text: string,
): CheckedAnswer<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: `The answer is not valid JSON (${(err as Error).message}).` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `- ${path}: ${issue.message}`;
  });
  return { ok: false, problems: `The answer does not match the schema:\n${issues.join("\n")}` };
}

/** The user turn of a repair attempt, after the rejected answer. */
export function repairInstruction(problems: string): string {
  return `${problems}\nAnswer again with the complete corrected JSON and nothing else.`;
}
