/**
 * Bringing OKLCH colors into the sRGB gamut, and where that gamut's edge lies.
 *
 * gamutMap follows CSS Color 4's "binary search gamut mapping with local MINDE": keep
 * lightness and hue, lower chroma until simply clipping the channels changes the color by
 * less than a just-noticeable difference. Brand colors keep their hue and lightness (which
 * the contrast math depends on) instead of drifting the way naive channel clipping makes them.
 * culori's toGamut runs the same search but tests the gamut with no float tolerance, so sRGB
 * colors on the edge (#eaa900) would lose chroma and a kept hex would not survive its round
 * trip; hence this version, on culori's conversions.
 */
import { type Rgb, rgbToHex } from "./hex.ts";
import { deltaEOK, type Oklch, oklchToOklab, oklchToRgb, rgbToOklab } from "./oklch.ts";

/** CSS Color 4 constants: ΔEOK just-noticeable difference and the chroma search precision. */
const JND = 0.02;
const EPSILON = 0.0001;
/** Float noise allowed at the gamut edge (white computes as 0.9999999…). */
const EDGE = 1e-7;
/** Above any sRGB chroma (the sRGB maximum is ~0.32, at pure blue). */
const CHROMA_CEILING = 0.4;

const WHITE: Rgb = { r: 1, g: 1, b: 1 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

export const inGamut = ({ r, g, b }: Rgb): boolean =>
  [r, g, b].every((v) => v >= -EDGE && v <= 1 + EDGE);

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const clip = ({ r, g, b }: Rgb): Rgb => ({ r: clamp01(r), g: clamp01(g), b: clamp01(b) });

/** Noticeable difference between a color and its channel-clipped version. */
const clipError = (color: Oklch, clipped: Rgb) =>
  deltaEOK(rgbToOklab(clipped), oklchToOklab(color));

/** The sRGB color closest in intent to `color`: same lightness and hue, chroma reduced. */
export function gamutMap(color: Oklch): Rgb {
  if (color.l >= 1) return WHITE;
  if (color.l <= 0) return BLACK;
  const origin = oklchToRgb(color);
  if (inGamut(origin)) return clip(origin);
  if (clipError(color, clip(origin)) < JND) return clip(origin);
  let min = 0;
  let max = color.c;
  let minInGamut = true;
  while (max - min > EPSILON) {
    const current = { ...color, c: (min + max) / 2 };
    const rgb = oklchToRgb(current);
    if (minInGamut && inGamut(rgb)) {
      min = current.c;
      continue;
    }
    const error = clipError(current, clip(rgb));
    if (error >= JND) {
      max = current.c;
    } else if (JND - error < EPSILON) {
      return clip(rgb);
    } else {
      minInGamut = false;
      min = current.c;
    }
  }
  // The spec returns the last clipped candidate; the lower bound is as close and never stale.
  return clip(oklchToRgb({ ...color, c: min }));
}

/** Gamut-mapped and quantized: the hex a designer gets for this OKLCH color. */
export const oklchToHex = (color: Oklch): string => rgbToHex(gamutMap(color));

/** The highest chroma sRGB can show at this lightness and hue. */
export function maxChroma(l: number, h: number): number {
  let lo = 0;
  let hi = CHROMA_CEILING;
  while (hi - lo > EPSILON / 10) {
    const mid = (lo + hi) / 2;
    if (inGamut(oklchToRgb({ l, c: mid, h }))) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The cusp of the sRGB gamut at a hue: the lightness where the hue reaches its highest
 * chroma (~0.45 for blue, ~0.97 for yellow). Max chroma over lightness is unimodal (a
 * triangle-like slice), so a golden-section search finds it.
 */
export function cusp(h: number): Oklch {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  while (hi - lo > EPSILON) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (maxChroma(a, h) < maxChroma(b, h)) lo = a;
    else hi = b;
  }
  const l = (lo + hi) / 2;
  return { l, c: maxChroma(l, h), h };
}
