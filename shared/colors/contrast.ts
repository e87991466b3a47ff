/**
 * Contrast between two sRGB colors, measured on the hex a user actually gets.
 *
 * - WCAG 2 contrast ratio (1..21): the legal and guideline baseline. AA asks 4.5:1 for body
 *   text, AAA 7:1 (success criteria 1.4.3 and 1.4.6).
 * - APCA Lc (about -108..106): the perceptual contrast proposed for WCAG 3, reported next to
 *   the ratio because it judges mid-tones and dark themes better. Sign is polarity: positive
 *   for dark text on a light background, negative for light on dark.
 */
import { hexToRgb } from "./hex.ts";
import { wcagLuminance } from "./culori.ts";

export const WCAG_AA = 4.5;
export const WCAG_AAA = 7;

/**
 * WCAG 2 relative luminance (culori: the IEC sRGB curve, threshold 0.04045 as WCAG 2.2's note
 * allows, and Rec. 709 weights).
 */
export const relativeLuminance = (hex: string): number =>
  wcagLuminance({ mode: "rgb", ...hexToRgb(hex) });

/** WCAG 2 contrast ratio; symmetric, from 1 (same luminance) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * APCA-W3 0.0.98G-4g constants (Myndex/apca-w3, "SA98G"). Unlike WCAG, APCA models a display
 * with a plain 2.4 power curve and its own luminance coefficients.
 */
const APCA = {
  mainTRC: 2.4,
  sRco: 0.2126729,
  sGco: 0.7151522,
  sBco: 0.0721750,
  normBG: 0.56,
  normTXT: 0.57,
  revTXT: 0.62,
  revBG: 0.65,
  blkThrs: 0.022,
  blkClmp: 1.414,
  scaleBoW: 1.14,
  scaleWoB: 1.14,
  loBoWoffset: 0.027,
  loWoBoffset: 0.027,
  deltaYmin: 0.0005,
  loClip: 0.1,
} as const;

/** APCA's screen luminance Y of an sRGB color. */
export function apcaLuminance(hex: string): number {
  const { r, g, b } = hexToRgb(hex);
  return APCA.sRco * r ** APCA.mainTRC + APCA.sGco * g ** APCA.mainTRC +
    APCA.sBco * b ** APCA.mainTRC;
}

/** Soft clamp near black: models flare, so very dark colors do not count as darker. */
const softClampBlack = (y: number) => y > APCA.blkThrs ? y : y + (APCA.blkThrs - y) ** APCA.blkClmp;

/** APCA lightness contrast Lc of text on a background. Order matters: APCA is polar. */
export function apcaContrast(text: string, background: string): number {
  const txtY = softClampBlack(apcaLuminance(text));
  const bgY = softClampBlack(apcaLuminance(background));
  if (Math.abs(bgY - txtY) < APCA.deltaYmin) return 0;
  if (bgY > txtY) {
    const sapc = (bgY ** APCA.normBG - txtY ** APCA.normTXT) * APCA.scaleBoW;
    return sapc < APCA.loClip ? 0 : (sapc - APCA.loBoWoffset) * 100;
  }
  const sapc = (bgY ** APCA.revBG - txtY ** APCA.revTXT) * APCA.scaleWoB;
  return sapc > -APCA.loClip ? 0 : (sapc + APCA.loWoBoffset) * 100;
}
