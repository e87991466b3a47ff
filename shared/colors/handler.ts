import { analyzeBrief } from "../analysis/offline.ts";
import type { Source } from "../generation/rounds.ts";
import type { GenerationHandler } from "../generation/runner.ts";
import { ColorsAiAnswerSchema, type ColorsInput } from "./input.ts";
import { offlinePaletteSpec } from "./offline_spec.ts";
import { buildPalette } from "./palette.ts";
import { buildColorsPrompt } from "./prompt.ts";
import type { Palette, PaletteSpec } from "./schema.ts";

export interface ColorsOutput {
  palette: Palette;
  rationale: string;
  source: Source;
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
export const colorsHandler: GenerationHandler<ColorsInput, ColorsOutput> = async (ctx) => {
  const input = ctx.input;
  const research = await ctx.deps.research.get("colors");
  const prompt = buildColorsPrompt(input, research);
  const offline = () => {
    const { rationale, ...spec } = offlinePaletteSpec({
      ...input.brief,
      ...(input.brief ? { analysis: analyzeBrief(input.brief) } : {}),
      name: input.brand_name,
      mood: input.mood,
      baseColors: input.base_colors,
      accentCount: input.accent_count,
    });
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
