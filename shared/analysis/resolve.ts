/**
 * The analysis a stage works from: the one its package made, or an offline reading made now.
 * The offline analyser (compromise and the lexicon) is imported on first use only, so a
 * function that is given an analysis never loads it.
 */
import type { Brief } from "../brief.ts";
import type { BriefAnalysis } from "./schema.ts";

export async function analysisFor(
  brief: Brief,
  given?: BriefAnalysis,
): Promise<BriefAnalysis> {
  if (given) return given;
  const { analyzeBrief } = await import("./offline.ts");
  return analyzeBrief(brief);
}
