/** Which tone taglines take when the request does not name one. */
import { foldAccents } from "../names/normalize.ts";
import type { TaglineResearch } from "../research/taglines.ts";
import type { TaglineTone } from "../research/taglines_schema.ts";
import type { TaglinesInput } from "./schema.ts";

/**
 * The requested tone, else the first of ours that the brief's free-text tone evokes
 * ("warm, a bit cheeky" → friendly), else undefined: lines then mix every tone.
 */
export function resolveTone(
  input: Pick<TaglinesInput, "tone" | "brief">,
  research: Pick<TaglineResearch, "tones" | "toneSynonyms">,
): TaglineTone | undefined {
  if (input.tone) return input.tone;
  const words = foldAccents(input.brief.tone ?? "").toLowerCase().split(/[^a-z]+/);
  return research.tones.find((tone) =>
    research.toneSynonyms[tone].some((syn) => words.some((w) => w.startsWith(syn)))
  );
}
