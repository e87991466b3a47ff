import type { ColorResearch } from "../research/colors.ts";
import type { ColorsInput } from "./schema.ts";

export const COLORS_PROMPT_VERSION = "colors-prompt-1";

/**
 * The model proposes hues, chroma and a rationale; it never writes hex values for roles,
 * because contrast and gamut are our math's job. Industry and mood associations from the
 * research data are offered as a starting point, not a rule.
 */
export function buildColorsPrompt(input: ColorsInput, research: ColorResearch) {
  const brief = input.brief;
  const moods = research.moods.map((m) => m.id).join(", ");
  const system = [
    "You are a brand color strategist. Propose a palette *specification* in OKLCH terms:",
    "a primary and a secondary seed (each {hue, chroma} with hue 0-360 and chroma 0-0.32),",
    `${input.accent_count} accent seed(s), a mood chroma (0.04-0.32) and a neutral {hue, chroma ≤ 0.06}.`,
    "Lightness, scales and text contrast are computed by software: do not give lightness or hex for roles.",
    "Explain the choice in 2-4 sentences that refer to the brief.",
    `Known moods: ${moods}.`,
  ].join("\n");
  const user = [
    input.brand_name ? `Brand name: ${input.brand_name}` : undefined,
    brief ? `Brief: ${brief.description}` : undefined,
    brief?.industry ? `Industry: ${brief.industry}` : undefined,
    brief?.keywords?.length ? `Keywords: ${brief.keywords.join(", ")}` : undefined,
    brief?.audience ? `Audience: ${brief.audience}` : undefined,
    input.mood ?? brief?.tone ? `Mood: ${input.mood ?? brief?.tone}` : undefined,
    input.base_colors?.length
      ? `Colors the brand keeps (in role order): ${input.base_colors.join(", ")}`
      : undefined,
  ].filter(Boolean).join("\n");
  return { system, user, promptVersion: `${COLORS_PROMPT_VERSION}+${research.version}` };
}
