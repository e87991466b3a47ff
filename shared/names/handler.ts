import { analysisFor } from "../analysis/resolve.ts";
import { gatherInRounds, type Source } from "../generation/rounds.ts";
import type { GenerationHandler } from "../generation/runner.ts";
import { finalizeNames } from "./finalize.ts";
import { generateNamesOffline } from "./offline.ts";
import { buildNamesPrompt } from "./prompt.ts";
import { NamesAiAnswerSchema, type NamesInput, type ScoredName } from "./schema.ts";

export interface NamesOutput {
  names: ScoredName[];
  source: Source;
}

/** generate-names: rounds of AI candidates through one scorer and screen; offline last. */
export const namesHandler: GenerationHandler<NamesInput, NamesOutput> = async (ctx) => {
  const input = ctx.input;
  const research = await ctx.deps.research.get("naming");
  const analysis = await analysisFor(input.brief, input.analysis);
  const { accepted, source } = await gatherInRounds(ctx, {
    count: input.count,
    maxRounds: 3,
    prompt: (round) => buildNamesPrompt(input, research, round, analysis),
    researchVersion: research.version,
    schema: NamesAiAnswerSchema,
    schemaName: "brand_names",
    candidates: (answer) => answer.names,
    offline: () => ({
      names: generateNamesOffline(input, analysis, research).map(({ name, style, rationale }) => ({
        name,
        style,
        rationale,
      })),
    }),
    finalize: (all) => finalizeNames(all, input, research, analysis).accepted,
    keyOf: (c) => c.name,
  });
  return { names: accepted, source };
};
