/** The shapes of generate-logos: its request and the logo concepts it answers with. */
import { z } from "@hono/zod-openapi";
import { BriefSchema } from "../brief.ts";
import { LOGO_STYLES } from "../research/logo_styles.ts";
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

export const LogoConceptSchema = z.object({
  id: z.uuid(),
  concept: z.string().min(1).describe("What the mark is, e.g. monogram-badge or ai-mark."),
  format: z.enum(["svg", "png"]),
  url: assetUrl,
  width: pixels,
  height: pixels,
  provider: z.string().min(1).describe("Image provider, or offline."),
  model: z.string().min(1),
  prompt_version: z.string().min(1).describe("Prompt wording and style research used."),
  lockups: LockupUrlsSchema.optional().describe("Only for SVG marks."),
}).strict().openapi("LogoConcept");

export type LogoConcept = z.infer<typeof LogoConceptSchema>;

export const LogosOutputSchema = z.object({
  logos: z.array(LogoConceptSchema),
  typography: TypographySchema.describe("The wordmark's and the text's families, and why."),
}).openapi("LogosOutput");
