/**
 * What a brand kit is built from: a finished brand package. Every part is the output of its
 * generation (palette, logos, names, domains, taglines) plus the provenance of each stage, so
 * the kit can say which provider and model made what.
 */
import { z } from "../zod.ts";
import { PaletteSchema } from "../colors/schema.ts";
import { DomainResultSchema } from "../domains/schema.ts";
import { DepictsSchema } from "../logos/schema.ts";
import { ScoredNameSchema } from "../names/schema.ts";
import { TaglineSchema } from "../taglines/schema.ts";
import { FamilyIdSchema } from "../type/schema.ts";

/** Theme roles the kit draws with: fills, and the ink and paper of mono and inverse logos. */
const KIT_ROLES = ["primary", "text", "background"] as const;

/**
 * Role and scale names become CSS custom properties (inside the guide's <style> too) and token
 * names, so only plain identifiers are accepted, as the color engine makes them.
 */
const ROLE_NAME = /^[a-z][a-z0-9_]*$/;

/** A palette whose names are safe to write anywhere and which has every role the kit uses. */
const KitPaletteSchema = PaletteSchema.superRefine((palette, ctx) => {
  const { themes, scales } = palette;
  const issue = (message: string, path: PropertyKey[]) =>
    ctx.addIssue({ code: "custom", message, path });
  for (const theme of ["light", "dark"] as const) {
    for (const role of KIT_ROLES) {
      if (!(role in themes[theme])) issue(`must define ${role}`, ["themes", theme]);
    }
    for (const role of Object.keys(themes[theme])) {
      if (!ROLE_NAME.test(role)) issue("role names are lowercase identifiers", ["themes", theme]);
    }
  }
  for (const name of Object.keys(scales)) {
    if (!ROLE_NAME.test(name)) issue("scale names are lowercase identifiers", ["scales"]);
  }
  palette.contrast.forEach((entry, i) => {
    if (!(entry.fg in themes[entry.theme] && entry.bg in themes[entry.theme])) {
      issue(`${entry.fg} on ${entry.bg} names a role the theme lacks`, ["contrast", i]);
    }
  });
});

export const KitLogoSchema = z.object({
  id: z.string().min(1),
  concept: z.string().min(1).max(80),
  svg: z.string().min(1).describe("The mark as sanitized SVG; sanitized again in the kit."),
  provider: z.string().min(1),
  model: z.string().min(1),
  prompt_version: z.string().min(1),
  depicts: DepictsSchema.optional(),
}).openapi("KitLogo");

export const StageProvenanceSchema = z.object({
  provider: z.string().min(1),
  model: z.string().min(1),
  prompt_version: z.string().optional(),
  research_version: z.string().optional(),
  fell_back: z.boolean().optional().describe("true when the offline generator stood in"),
}).openapi("StageProvenance");

/** ZIP (DOS) timestamps run from 1980; fflate writes them up to 2099. */
const ZIP_YEARS = [1980, 2099] as const;

export const BrandKitInputSchema = z.object({
  brand: z.object({
    name: z.string().trim().min(1).max(60).describe("Set as the wordmark exactly as written."),
    description: z.string().trim().min(1).max(2000),
    tagline: z.string().trim().min(1).max(200).optional(),
  }),
  palette: KitPaletteSchema,
  logos: z.array(KitLogoSchema).min(1).describe("The first is the primary icon."),
  names: z.array(ScoredNameSchema),
  domains: z.array(DomainResultSchema),
  taglines: z.array(TaglineSchema),
  typography: z.object({ heading: FamilyIdSchema, body: FamilyIdSchema }).optional()
    .describe("The families the logos stage set the brand in; default: chosen from the brief."),
  provenance: z.record(z.string(), StageProvenanceSchema)
    .describe("Per stage (names, domains, logos, colors, taglines): who made it."),
  generated_at: z.iso.datetime().refine((iso) => {
    const year = new Date(iso).getUTCFullYear();
    return year >= ZIP_YEARS[0] && year <= ZIP_YEARS[1];
  }, `must lie in ${ZIP_YEARS.join("–")} (the range of ZIP timestamps)`)
    .describe("Stamped on every ZIP entry, so the same package gives the same archive."),
}).openapi("BrandKitInput");

export type BrandKitInput = z.input<typeof BrandKitInputSchema>;
export type KitInput = z.output<typeof BrandKitInputSchema>;
export type KitLogo = z.output<typeof KitLogoSchema>;
