import type { AiClient } from "../ai/client.ts";
import { gatherInRounds } from "../ai/rounds.ts";
import { analysisFor } from "../analysis/resolve.ts";
import type { ResearchRegistry } from "../research/registry.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { finalizeNames } from "./finalize.ts";
import { generateNamesOffline } from "./offline.ts";
import { buildNamesPrompt } from "./prompt.ts";
import { NamesAiAnswerSchema, type NamesInput, type NamesOutput } from "./schema.ts";

/** What generate-names uses. */
export interface NamesDeps {
  ai: AiClient;
  research: ResearchRegistry;
}

/** generate-names: rounds of AI candidates through one scorer and screen; offline last. */
export const namesHandler: GenerationHandler<NamesInput, NamesOutput, NamesDeps> = async (ctx) => {
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
