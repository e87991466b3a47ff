/**
 * Zod schemas of generate-colors: its input, the spec a palette is built from (what an AI
 * provider must return) and the palette it outputs.
 */
import { z } from "../zod.ts";
import { SourceSchema } from "../ai/source.ts";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { BriefSchema } from "../brief.ts";
import { MAX_ACCENTS, SCALE_STEPS } from "./steps.ts";

/** Input hex: #rgb or #rrggbb, any case (normalized on the way out). */
export const HexSchema = z.string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "must be #rgb or #rrggbb")
  .openapi({ example: "#1d4ed8" });

/** Output hex: always normalized. */
const HexOutSchema = z.string().regex(/^#[0-9a-f]{6}$/).openapi({ example: "#1d4ed8" });

/** Kept colors fill primary, secondary, then the accents. */
export const MAX_BASE_COLORS = 2 + MAX_ACCENTS;

const HueSchema = z.number().min(0).max(360).describe("OKLCH hue angle in degrees");
/** sRGB tops out near 0.32; the ceiling leaves room for wide-gamut intent, mapped down. */
const ChromaSchema = z.number().min(0).max(0.37).describe("OKLCH chroma");

export const ColorSeedSchema = z.union([
  z.object({ hex: HexSchema.describe("A color to keep exactly") }).strict(),
  z.object({
    hue: HueSchema,
    chroma: ChromaSchema.optional().describe("Peak chroma; default: the spec's chroma"),
    lightness: z.number().min(0.3).max(0.86).optional().describe(
      "OKLCH lightness of the role's fill in the light theme; default: by role (primary " +
        "deeper, accents lighter than the hue's most vivid step)",
    ),
  }).strict(),
]).openapi("ColorSeed");

export const PaletteSpecSchema = z.object({
  primary: ColorSeedSchema,
  secondary: ColorSeedSchema,
  accents: z.array(ColorSeedSchema).max(MAX_ACCENTS),
  chroma: ChromaSchema.describe("Peak chroma of brand scales whose seed names none (the mood)"),
  neutral: z.union([
    z.object({ hex: HexSchema }).strict(),
    z.object({ hue: HueSchema, chroma: z.number().min(0).max(0.06) }).strict(),
  ]).describe("Gray family: a hue with a faint tint (0 = pure gray), or a color to keep"),
}).strict().openapi("PaletteSpec");

export type ColorSeed = z.infer<typeof ColorSeedSchema>;
export type PaletteSpec = z.infer<typeof PaletteSpecSchema>;

export const OklchSchema = z.object({
  l: z.number().describe("lightness 0..1"),
  c: z.number().describe("chroma"),
  h: z.number().describe("hue in degrees; 0 for grays"),
}).openapi("Oklch");

const ShadeSchema = z.object({ hex: HexOutSchema, oklch: OklchSchema });

export const PaletteColorSchema = z.object({
  role: z.string().openapi({ example: "primary" }),
  hex: HexOutSchema.describe("light theme"),
  oklch: OklchSchema.describe("light theme"),
  dark: ShadeSchema.describe("the same role in the dark theme"),
  kept: z.boolean().describe("true when the hex is the user's own base color, unchanged"),
}).openapi("PaletteColor");

export const ScaleSchema = z.object(
  Object.fromEntries(SCALE_STEPS.map((step) => [step, HexOutSchema])) as Record<
    typeof SCALE_STEPS[number],
    typeof HexOutSchema
  >,
).openapi("ColorScale");

export const ThemeSchema = z.record(z.string(), HexOutSchema).describe(
  "role → hex: primary, secondary, accent(_n), each with on_<role>; neutral, background, " +
    "surface, text, text_muted, border, link; error, success, warning with on-colors",
).openapi("ColorTheme");

export const ContrastEntrySchema = z.object({
  theme: z.enum(["light", "dark"]),
  fg: z.string().describe("foreground role"),
  bg: z.string().describe("background role"),
  ratio: z.number().describe("WCAG 2 contrast ratio, rounded down to 2 decimals"),
  aa: z.boolean().describe("ratio ≥ 4.5 (WCAG AA, body text)"),
  aaa: z.boolean().describe("ratio ≥ 7 (WCAG AAA, body text)"),
  apca: z.number().describe("APCA Lc (0.0.98G); negative for light text on dark"),
}).openapi("ContrastEntry");

export const PaletteSchema = z.object({
  colors: z.array(PaletteColorSchema),
  scales: z.record(z.string(), ScaleSchema).describe(
    "11-step OKLCH scales (50…950) per brand color and neutral, gamut-mapped to sRGB",
  ),
  themes: z.object({ light: ThemeSchema, dark: ThemeSchema }),
  contrast: z.array(ContrastEntrySchema).describe(
    "every text/background role pair of both themes; all meet WCAG AA",
  ),
}).openapi("Palette");

export type Palette = z.infer<typeof PaletteSchema>;
export type PaletteColor = z.infer<typeof PaletteColorSchema>;

/** The `output` of a colors generation. */
export const ColorsOutputSchema = z.object({
  palette: PaletteSchema,
  rationale: z.string().describe("why these hues, in plain words"),
  source: SourceSchema,
}).openapi("ColorsOutput");

export type ColorsOutput = z.output<typeof ColorsOutputSchema>;

/** The body of generate-colors: a brief and/or a brand name, plus what to keep. */
export const ColorsInputSchema = z.object({
  brief: BriefSchema.optional(),
  brand_name: z.string().trim().min(1).max(60).optional(),
  mood: z.string().trim().min(2).max(40).optional().describe('e.g. "calm", "bold", "playful"'),
  base_colors: z.array(HexSchema).max(MAX_BASE_COLORS).optional()
    .describe("Colors to keep exactly, in role order: primary, secondary, then accents"),
  accent_count: z.number().int().min(0).max(4).default(1),
  analysis: BriefAnalysisSchema.optional()
    .describe("The brief's analysis, when a package already made it"),
}).strict().refine((v) => v.brief !== undefined || v.brand_name !== undefined, {
  message: "give a brief, a brand_name or both",
  path: ["brief"],
}).openapi("ColorsInput");

export type ColorsInput = z.output<typeof ColorsInputSchema>;

/** What a model answers: hues and chroma (our math does the rest) and why. */
export const ColorsAiAnswerSchema = z.object({
  spec: PaletteSpecSchema,
  rationale: z.string().min(1).max(1200),
}).strict();
