import { gatherInRounds, type Source } from "../generation/rounds.ts";
import type { GenerationHandler } from "../generation/runner.ts";
import { finalizeTaglines } from "./finalize.ts";
import { generateTaglinesOffline } from "./offline.ts";
import { buildTaglinesPrompt } from "./prompt.ts";
import { type Tagline, TaglinesAiAnswerSchema, type TaglinesInput } from "./schema.ts";

export interface TaglinesOutput {
  taglines: Tagline[];
  source: Source;
}

/** generate-taglines: AI lines screened for length, name and clichés; formulas offline. */
export const taglinesHandler: GenerationHandler<TaglinesInput, TaglinesOutput> = async (ctx) => {
  const input = ctx.input;
  const [research, naming] = await Promise.all([
    ctx.deps.research.get("taglines"),
    ctx.deps.research.get("naming"),
  ]);
  const { accepted, source } = await gatherInRounds(ctx, {
    count: input.count,
    maxRounds: 3,
    prompt: (round) => buildTaglinesPrompt(input, research, round),
    researchVersion: research.version,
    schema: TaglinesAiAnswerSchema,
    schemaName: "taglines",
    candidates: (answer) => answer.taglines,
    offline: () => ({ taglines: generateTaglinesOffline(input, research, naming) }),
    finalize: (all) => finalizeTaglines(all, input, research).accepted,
    keyOf: (t) => t.text,
  });
  return { taglines: accepted, source };
};
