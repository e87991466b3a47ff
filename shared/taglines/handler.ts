import type { AiClient } from "../ai/client.ts";
import { gatherInRounds } from "../ai/rounds.ts";
import type { ResearchRegistry } from "../research/registry.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { finalizeTaglines } from "./finalize.ts";
import { generateTaglinesOffline } from "./offline.ts";
import { buildTaglinesPrompt } from "./prompt.ts";
import { TaglinesAiAnswerSchema, type TaglinesInput, type TaglinesOutput } from "./schema.ts";

/** What generate-taglines uses. */
export interface TaglinesDeps {
  ai: AiClient;
  research: ResearchRegistry;
}

/** generate-taglines: AI lines screened for length, name and clichés; formulas offline. */
export const taglinesHandler: GenerationHandler<TaglinesInput, TaglinesOutput, TaglinesDeps> =
  async (ctx) => {
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
