import type { AiClient } from "../ai/client.ts";
import { analysisFor } from "../analysis/resolve.ts";
import type { ResearchRegistry } from "../research/registry.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { offlinePaletteSpec } from "./offline.ts";
import { buildPalette } from "./palette.ts";
import { buildColorsPrompt } from "./prompt.ts";
import {
  ColorsAiAnswerSchema,
  type ColorsInput,
  type ColorsOutput,
  type PaletteSpec,
} from "./schema.ts";

/** What generate-colors uses. */
export interface ColorsDeps {
  ai: AiClient;
  research: ResearchRegistry;
}

/** Kept colors win over whatever was proposed: primary, secondary, then accents. */
export function keepBaseColors(spec: PaletteSpec, base: readonly string[] = []): PaletteSpec {
  const accents = [...spec.accents];
  base.slice(2).forEach((hex, i) => accents[i] = { hex });
  return {
    ...spec,
    primary: base[0] ? { hex: base[0] } : spec.primary,
    secondary: base[1] ? { hex: base[1] } : spec.secondary,
    accents,
  };
}

/** generate-colors: the model proposes hues; the palette and its contrast guarantees are ours. */
export const colorsHandler: GenerationHandler<ColorsInput, ColorsOutput, ColorsDeps> = async (
  ctx,
) => {
  const input = ctx.input;
  const research = await ctx.deps.research.get("colors");
  const prompt = buildColorsPrompt(input, research);
  // The brief is analysed (personality, industry) only when the palette is ours to make.
  const offline = async () => {
    const analysis = input.analysis ??
      (input.brief ? await analysisFor(input.brief) : undefined);
    const { rationale, ...spec } = offlinePaletteSpec({
      ...input.brief,
      ...(analysis ? { analysis } : {}),
      name: input.brand_name,
      mood: input.mood,
      baseColors: input.base_colors,
      accentCount: input.accent_count,
    }, research);
    return { spec, rationale };
  };
  await ctx.progress("palette", 0, 1);
  const result = await ctx.deps.ai.generateObject({
    schema: ColorsAiAnswerSchema,
    schemaName: "palette_spec",
    system: prompt.system,
    prompt: prompt.user,
    offline,
    generationId: ctx.id,
    signal: ctx.signal,
  });
  const spec = keepBaseColors(result.value.spec, input.base_colors);
  return {
    palette: buildPalette(spec),
    rationale: result.value.rationale,
    source: {
      provider: result.provider,
      model: result.model,
      prompt_version: prompt.promptVersion,
      research_version: research.version,
      rounds: 1,
    },
  };
};
