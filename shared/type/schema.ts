/** The typography a package records: which families set the wordmark and the text, and why. */
import { z } from "../zod.ts";
import type { TypeChoice } from "./choose.ts";
import { familyLicense, type FontWeight, TYPE_FAMILIES, type TypeFamily } from "./families.ts";

export const FamilyIdSchema = z.enum(TYPE_FAMILIES.map((f) => f.id) as [string, ...string[]])
  .describe("Fontsource family id");

export const FontRecordSchema = z.object({
  id: FamilyIdSchema,
  family: z.string().openapi({ example: "Playfair Display" }),
  category: z.string().describe("geometric, humanist, serif, slab, rounded or display"),
  weight: z.number().int().describe("weight the role is set in (body: its regular)"),
  package: z.string().openapi({ example: "@fontsource/playfair-display" }),
  version: z.string(),
  license: z.string().openapi({ example: "OFL-1.1" }),
  license_url: z.string(),
}).openapi("FontRecord");

export const TypographySchema = z.object({
  heading: FontRecordSchema.describe("sets the wordmark, lockups and headings"),
  body: FontRecordSchema.describe("sets running text"),
  reason: z.string(),
}).openapi("Typography");

export type FontRecord = z.infer<typeof FontRecordSchema>;
export type Typography = z.infer<typeof TypographySchema>;

export function fontRecord(family: TypeFamily, weight: FontWeight): FontRecord {
  const license = familyLicense(family);
  return {
    id: family.id,
    family: family.family,
    category: family.category,
    weight,
    package: license.package,
    version: license.version,
    license: license.license,
    license_url: license.url,
  };
}

/**
 * The record of a choice. `setIn` is the family the heading was actually set in: the fallback
 * when the chosen face lacks a character of the name.
 */
export function typographyRecord(
  choice: TypeChoice,
  setIn: TypeFamily = choice.heading,
): Typography {
  const reason = setIn.id === choice.heading.id
    ? choice.reason
    : `${choice.reason} The name has characters ${choice.heading.family} lacks, so it is set in ${setIn.family}.`;
  return {
    heading: fontRecord(setIn, setIn.heading.weight),
    body: fontRecord(choice.body, 400),
    reason,
  };
}
