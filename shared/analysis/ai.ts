/**
 * The analysis a package makes once: one structured AI call validated by the schema, with the
 * offline analysis as the fallback (no keys, every provider down, or an answer that does not
 * fit). What the model gets wrong that the schema cannot see (an unknown industry id) is
 * taken from the offline reading.
 */
import type { Brief } from "../brief.ts";
import type { AiClient } from "../ai/client.ts";
import type { GenerationContext } from "../runtime/job.ts";
import { type BriefAnalysis, BriefAnalysisSchema } from "./schema.ts";

/** What the model must answer: the analysis without the fields we fill in. */
export const AnalysisAiAnswerSchema = BriefAnalysisSchema.omit({ version: true, source: true })
  .openapi("BriefAnalysisAiAnswer");

export async function analyzeBriefWithAi(
  ctx: Pick<GenerationContext<unknown, { ai: AiClient }>, "id" | "deps" | "signal">,
  brief: Brief,
): Promise<BriefAnalysis> {
  // The analysis engines and their data load with the first package, not with the function.
  const [{ analyzeBrief }, { buildAnalysisPrompt, INDUSTRY_IDS }] = await Promise.all([
    import("./offline.ts"),
    import("./prompt.ts"),
  ]);
  const offline = analyzeBrief(brief);
  const prompt = buildAnalysisPrompt(brief);
  const result = await ctx.deps.ai.generateObject({
    schema: AnalysisAiAnswerSchema,
    schemaName: "brief_analysis",
    system: prompt.system,
    prompt: prompt.user,
    offline: () => offline,
    generationId: ctx.id,
    signal: ctx.signal,
  });
  if (result.provider === "offline") return offline;
  const answer = result.value;
  return {
    ...answer,
    version: prompt.promptVersion,
    source: result.provider,
    industry: INDUSTRY_IDS.has(answer.industry) ? answer.industry : offline.industry,
    concepts: answer.concepts.map((c) => ({ ...c, term: c.term.toLowerCase().trim() })),
  };
}
