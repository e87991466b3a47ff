/** The shapes of generate-logos: its request and the logo concepts it answers with. */
import { z } from "../zod.ts";
import { SourceSchema } from "../ai/source.ts";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { BriefSchema } from "../brief.ts";
import { LOGO_STYLES } from "../research/logo_styles_schema.ts";
import { TypographySchema } from "../type/schema.ts";

export const LogoStyleSchema = z.enum(LOGO_STYLES).openapi("LogoStyle");

const hexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, "must be a hex color like #1a2b3c")
  .toLowerCase();

export const LogoPaletteInputSchema = z.object({
  primary: hexColor.optional(),
  secondary: hexColor.optional(),
  accent: hexColor.optional(),
  text: hexColor.optional(),
  background: hexColor.optional(),
}).strict().describe("Colors to draw with; missing roles are derived from the primary.")
  .openapi("LogoPaletteInput");

export const LogosInputSchema = z.object({
  brand_name: z.string().trim().min(1, "must not be empty").max(60, "at most 60 characters")
    .describe("Set as the wordmark exactly as written; never drawn by an image model."),
  brief: BriefSchema,
  style: LogoStyleSchema.default("minimal"),
  palette: LogoPaletteInputSchema.optional(),
  count: z.number().int("must be a whole number").min(1, "ask for at least 1 logo")
    .max(8, "at most 8 logos per request").default(4),
  analysis: BriefAnalysisSchema.optional()
    .describe("The brief's analysis, when a package already made it"),
}).strict().openapi("LogosInput");

/** The request as the client sends it (defaults optional). */
export type LogosRequest = z.input<typeof LogosInputSchema>;
/** The request after validation, defaults filled in. */
export type LogosInput = z.output<typeof LogosInputSchema>;

const assetUrl = z.string().min(1).describe("Where the stored file can be fetched.");
const pixels = z.number().int().positive();

const LockupSetSchema = z.object({ color: assetUrl, mono: assetUrl, inverse: assetUrl });

export const LockupUrlsSchema = z.object({
  horizontal: LockupSetSchema,
  stacked: LockupSetSchema,
}).describe("Mark + wordmark, side by side and stacked, in color, mono and inverse.")
  .openapi("LogoLockups");

export const DepictsSchema = z.object({
  concept: z.string().min(1).describe("What the mark shows, in words: lantern, the initials BH."),
  icon: z.object({
    set: z.string().min(1).describe("Icon library, e.g. tabler or lucide."),
    name: z.string().min(1),
    license: z.string().min(1).describe("SPDX id of the icon library's license."),
  }).optional().describe("The library icon the mark draws, when it draws one."),
}).openapi("LogoDepicts");

export const LogoConceptSchema = z.object({
  id: z.uuid(),
  concept: z.string().min(1).describe(
    "The kind of mark, e.g. icon-circle, emblem, monogram-badge or an image model's.",
  ),
  format: z.enum(["svg", "png"]),
  url: assetUrl,
  width: pixels,
  height: pixels,
  provider: z.string().min(1).describe("Image provider, or offline."),
  model: z.string().min(1),
  prompt_version: z.string().min(1).describe("Prompt wording and style research used."),
  depicts: DepictsSchema.optional().describe("Absent on logos stored before it was recorded."),
  lockups: LockupUrlsSchema.optional().describe("Only for SVG marks."),
}).strict().openapi("LogoConcept");

export type LogoConcept = z.infer<typeof LogoConceptSchema>;

const hexOut = z.string().regex(/^#[0-9a-f]{6}$/);

export const LogoPaletteSchema = z.object({
  primary: hexOut,
  secondary: hexOut,
  accent: hexOut,
  text: hexOut,
  background: hexOut,
}).describe("The colors the logos were drawn with.").openapi("LogoPalette");

export const WordmarkSchema = z.object({ url: assetUrl, width: pixels, height: pixels })
  .describe("The brand name set in the brand font, as outlines.").openapi("Wordmark");

export const LogosOutputSchema = z.object({
  logos: z.array(LogoConceptSchema),
  wordmark: WordmarkSchema.nullable().describe("null when the brand font lacks the name's script"),
  palette: LogoPaletteSchema,
  source: SourceSchema.omit({ rounds: true }),
  typography: TypographySchema.describe("The wordmark's and the text's families, and why."),
}).openapi("LogosOutput");

export type LogosOutput = z.output<typeof LogosOutputSchema>;
