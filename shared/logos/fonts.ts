/**
 * The default brand typeface, Manrope (SIL Open Font License 1.1): what marks and wordmarks are
 * set in when no brief picked a family (shared/type chooses one per brief). Loading is the type
 * library's.
 */
import metadata from "@fontsource/manrope/metadata.json" with { type: "json" };
import { FALLBACK_FAMILY, type FontWeight } from "../type/families.ts";
import { loadFamily } from "../type/fonts.ts";
import type { GlyphFont } from "./typeset.ts";

export type { FontWeight };

/** What a brand kit must say about the font it ships outlines of. */
export const BRAND_FONT = {
  family: metadata.family,
  package: "@fontsource/manrope@5.3.0",
  license: metadata.license.type,
  attribution: metadata.license.attribution,
} as const;

/** The font subsets (in fallback order) that cover the characters of `text`. */
export function loadBrandFonts(text: string, weight: FontWeight = 700): Promise<GlyphFont[]> {
  return loadFamily(FALLBACK_FAMILY, text, weight);
}
