/**
 * sRGB ⇄ OKLab ⇄ OKLCH conversions, by culori.
 *
 * OKLab is Björn Ottosson's perceptual color space (https://bottosson.github.io/posts/oklab/);
 * OKLCH is its polar form: lightness L (0 black..1 white), chroma C (0 gray, sRGB reaches
 * ~0.32) and hue h in degrees. Equal steps in L look like equal lightness steps, which is why
 * scales and contrast fitting work in OKLCH. Conversions do not clip: out-of-gamut colors
 * survive the round trip (gamut.ts maps them).
 */
import {
  convertLabToLch,
  convertLchToLab,
  convertOklabToRgb,
  convertRgbToOklab,
} from "./culori.ts";
import { hexToRgb, type Rgb } from "./hex.ts";

export interface Oklab {
  l: number;
  a: number;
  b: number;
}

export interface Oklch {
  l: number;
  c: number;
  h: number;
}

// culori's direct conversion functions: the generic `converter` dispatches per call, and these
// run in the gamut and contrast searches' inner loops.

export function rgbToOklab(rgb: Rgb): Oklab {
  const { l, a, b } = convertRgbToOklab(rgb);
  return { l, a, b };
}

export function oklabToRgb(lab: Oklab): Rgb {
  const { r, g, b } = convertOklabToRgb(lab);
  return { r, g, b };
}

/** Hue angle into [0, 360). */
export const normalizeHue = (h: number): number => ((h % 360) + 360) % 360;

/** Grays have no hue: culori leaves it undefined, the engine calls it 0. */
export function oklabToOklch(lab: Oklab): Oklch {
  const { l, c, h } = convertLabToLch(lab, "oklch");
  return { l, c, h: normalizeHue(h ?? 0) };
}

export function oklchToOklab(color: Oklch): Oklab {
  // The mode only labels the result; the polar math is the same for every Lab-like space.
  const { l, a, b } = convertLchToLab(color);
  return { l, a, b };
}

export const rgbToOklch = (rgb: Rgb): Oklch => oklabToOklch(rgbToOklab(rgb));
export const oklchToRgb = (color: Oklch): Rgb => oklabToRgb(oklchToOklab(color));
export const hexToOklch = (hex: string): Oklch => rgbToOklch(hexToRgb(hex));

/**
 * ΔEOK: Euclidean distance in OKLab; about 0.02 is a just-noticeable difference. Written out:
 * culori's differenceEuclidean converts both colors first, which the gamut search pays for on
 * every step.
 */
export const deltaEOK = (p: Oklab, q: Oklab): number => Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
