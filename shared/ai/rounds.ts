import type { z } from "zod";
import type { GenerationContext } from "../runtime/job.ts";
import type { AiClient } from "./client.ts";
import type { Source } from "./source.ts";

export interface RoundsSpec<S extends z.ZodType, C, A> {
  count: number;
  /** Rounds of asking the AI at most (each round asks only for what is still missing). */
  maxRounds: number;
  /** Text prompt for a round, given the candidates so far and how many are missing. */
  prompt(
    round: { exclude: string[]; missing: number },
  ): { system: string; user: string; promptVersion: string };
  researchVersion: string;
  /** What the model must answer (validated before use); also the offline answer's shape. */
  schema: S;
  schemaName: string;
  /** An answer → candidates. */
  candidates(answer: z.output<S>): C[];
  /** The offline generator's answer: the last link of the chain, and the top-up. */
  offline(): z.output<S>;
  /** All candidates so far → accepted (deduplicated, screened, scored, at most count). */
  finalize(all: C[]): A[];
  /** Identity of a candidate or an accepted item (the same field on both). */
  keyOf(item: C | A): string;
}

/**
 * Asks the AI client for candidates until `count` are accepted, the rounds run out or the
 * generation is stopped; then tops up from the offline generator, so the count is always
 * met. Every model answer is validated by the schema before use (the client does it).
 */
export async function gatherInRounds<I, S extends z.ZodType, C, A>(
  ctx: GenerationContext<I, { ai: AiClient }>,
  spec: RoundsSpec<S, C, A>,
): Promise<{ accepted: A[]; source: Source }> {
  const all: C[] = [];
  let accepted: A[] = [];
  let source: Source | undefined;
  for (let round = 1; round <= spec.maxRounds && accepted.length < spec.count; round++) {
    if (ctx.signal.aborted) break;
    const prompt = spec.prompt({
      exclude: all.map(spec.keyOf),
      missing: spec.count - accepted.length,
    });
    const result = await ctx.deps.ai.generateObject({
      schema: spec.schema,
      schemaName: spec.schemaName,
      system: prompt.system,
      prompt: prompt.user,
      offline: spec.offline,
      generationId: ctx.id,
      signal: ctx.signal,
    });
    all.push(...spec.candidates(result.value));
    accepted = spec.finalize(all);
    source = {
      provider: result.provider,
      model: result.model,
      prompt_version: prompt.promptVersion,
      research_version: spec.researchVersion,
      rounds: round,
    };
    await ctx.progress("generating", Math.min(accepted.length, spec.count), spec.count);
    if (result.provider === "offline") break;
  }
  if (accepted.length < spec.count) {
    // Offline candidates only fill the places the model left: they never displace its answers.
    const kept = new Set(accepted.map(spec.keyOf));
    const extra = spec.finalize([...all, ...spec.candidates(spec.offline())])
      .filter((item) => !kept.has(spec.keyOf(item)));
    accepted = [...accepted, ...extra].slice(0, spec.count);
  }
  return { accepted, source: source! };
}
