import type { AiClient } from "../ai/client.ts";
import { gatherInRounds } from "../ai/rounds.ts";
import { analysisFor } from "../analysis/resolve.ts";
import type { ResearchRegistry } from "../research/registry.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { finalizeTaglines } from "./finalize.ts";
import { buildTaglinesPrompt } from "./prompt.ts";
import { TaglinesAiAnswerSchema, type TaglinesInput, type TaglinesOutput } from "./schema.ts";

/** What generate-taglines uses. */
export interface TaglinesDeps {
  ai: AiClient;
  research: ResearchRegistry;
}

/**
 * generate-taglines: AI lines screened for length, name, clichés and grammar; offline, lines
 * composed from the analysis. The composer and grammar check (compromise) load on first use.
 */
export const taglinesHandler: GenerationHandler<TaglinesInput, TaglinesOutput, TaglinesDeps> =
  async (ctx) => {
    const input = ctx.input;
    const [research, analysis, { generateTaglinesOffline, checkGrammar }] = await Promise.all([
      ctx.deps.research.get("taglines"),
      analysisFor(input.brief, input.analysis),
      import("./offline.ts"),
    ]);
    const { accepted, source } = await gatherInRounds(ctx, {
      count: input.count,
      maxRounds: 3,
      prompt: (round) => buildTaglinesPrompt(input, research, round, analysis),
      researchVersion: research.version,
      schema: TaglinesAiAnswerSchema,
      schemaName: "taglines",
      candidates: (answer) => answer.taglines,
      offline: () => ({ taglines: generateTaglinesOffline(input, analysis, research) }),
      finalize: (all) => finalizeTaglines(all, input, research, checkGrammar).accepted,
      keyOf: (t) => t.text,
    });
    return { taglines: accepted, source };
  };
