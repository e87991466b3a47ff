/**
 * Type specimens for the guide: a sample line set in the brand font as outlines, the way the
 * wordmark is set, so the guide shows Manrope without embedding or fetching the font.
 */
import { type FontWeight, loadBrandFonts } from "../logos/fonts.ts";
import type { SvgAsset } from "../logos/svg.ts";
import { wordmarkSvg } from "../logos/wordmark.ts";
import { FONT_WEIGHTS } from "./font.ts";

/** Letters with distinctive shapes in the Latin subset, and the figures. */
const SPECIMEN_TEXT = "Aa Bb Gg Kk Qq Rr Ww 0123456789";

export interface Specimen {
  readonly weight: FontWeight;
  readonly svg: SvgAsset;
}

export async function typeSpecimens(color: string): Promise<Specimen[]> {
  return await Promise.all(FONT_WEIGHTS.map(async (weight) => {
    const font = await loadBrandFonts(SPECIMEN_TEXT, weight);
    return { weight, svg: wordmarkSvg(SPECIMEN_TEXT, { font, color, size: 40 }) };
  }));
}
