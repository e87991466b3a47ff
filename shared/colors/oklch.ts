/**
 * sRGB ⇄ OKLab ⇄ OKLCH conversions.
 *
 * OKLab is Björn Ottosson's perceptual color space ("A perceptual color space for image
 * processing", 2020, https://bottosson.github.io/posts/oklab/); the matrices below are his,
 * to the published ten decimals. OKLCH is its polar form: lightness L (0 black..1 white),
 * chroma C (0 gray, sRGB reaches ~0.32) and hue h in degrees. Equal steps in L look like
 * equal lightness steps, which is why scales and contrast fitting work in OKLCH.
 */
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

/**
 * sRGB transfer function (IEC 61966-2-1): gamma-encoded → linear light. Extended to negative
 * values by symmetry, as CSS Color 4 does, so out-of-gamut colors survive the round trip.
 */
export function srgbToLinear(v: number): number {
  const abs = Math.abs(v);
  const linear = abs <= 0.04045 ? abs / 12.92 : ((abs + 0.055) / 1.055) ** 2.4;
  return Math.sign(v) * linear;
}

/** Inverse of srgbToLinear: linear light → gamma-encoded. */
export function linearToSrgb(v: number): number {
  const abs = Math.abs(v);
  const encoded = abs <= 0.0031308 ? abs * 12.92 : 1.055 * abs ** (1 / 2.4) - 0.055;
  return Math.sign(v) * encoded;
}

export function rgbToOklab(rgb: Rgb): Oklab {
  const r = srgbToLinear(rgb.r);
  const g = srgbToLinear(rgb.g);
  const b = srgbToLinear(rgb.b);
  // Linear sRGB → LMS cone response, then a cube root for perceptual uniformity.
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return {
    l: 0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s,
  };
}

export function oklabToRgb({ l: L, a, b }: Oklab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.2914855480 * b) ** 3;
  return {
    r: linearToSrgb(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: linearToSrgb(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: linearToSrgb(-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s),
  };
}

/** Hue angle into [0, 360). */
export const normalizeHue = (h: number): number => ((h % 360) + 360) % 360;

export function oklabToOklch({ l, a, b }: Oklab): Oklch {
  return { l, c: Math.hypot(a, b), h: normalizeHue(Math.atan2(b, a) * 180 / Math.PI) };
}

export function oklchToOklab({ l, c, h }: Oklch): Oklab {
  const rad = h * Math.PI / 180;
  return { l, a: c * Math.cos(rad), b: c * Math.sin(rad) };
}

export const rgbToOklch = (rgb: Rgb): Oklch => oklabToOklch(rgbToOklab(rgb));
export const oklchToRgb = (color: Oklch): Rgb => oklabToRgb(oklchToOklab(color));
export const hexToOklch = (hex: string): Oklch => rgbToOklch(hexToRgb(hex));

/** ΔEOK: Euclidean distance in OKLab; about 0.02 is a just-noticeable difference. */
export const deltaEOK = (p: Oklab, q: Oklab): number => Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
