/**
 * 11-step tonal scales (50, 100 … 900, 950), the format design tools and Tailwind use.
 *
 * Every brand scale shares one lightness ladder, so step 500 of any hue is as light as step
 * 500 of any other and a design can swap hues without re-checking contrast by eye. Chroma
 * peaks at the lightness where the hue is most vivid (yellow high, blue low, as sRGB allows)
 * and falls off in a bell curve toward both ends: fast toward white, where tints look washed
 * with color, slowly toward black, where deep shades keep their hue. Each step is then
 * gamut-mapped, keeping its lightness and hue.
 */
import { cusp, maxChroma, oklchToHex } from "./gamut.ts";
import { normalizeHex } from "./hex.ts";
import { hexToOklch } from "./oklch.ts";
import { type Scale, SCALE_STEPS } from "./steps.ts";

/** OKLCH lightness per step (lightest first), and how much chroma is left at either end. */
export interface ScaleShape {
  lightness: readonly number[];
  /** Share of the peak chroma at the lightest and at the darkest step. */
  tails: { light: number; dark: number };
}

/**
 * Brand hues: lightness close to the ladders of widely used UI palettes (Tailwind CSS v4's
 * OKLCH colors among them), 500 near perceptual mid-gray, even steps through 300–800. The
 * tails match how such palettes fade chroma: about 6% of the peak at 50, 37% at 950.
 */
export const BRAND_SHAPE: ScaleShape = {
  lightness: [0.971, 0.936, 0.885, 0.808, 0.716, 0.628, 0.55, 0.48, 0.412, 0.35, 0.262],
  tails: { light: 0.06, dark: 0.37 },
};

/**
 * Neutrals reach further toward white and black (page backgrounds, body text) and keep a
 * flatter tint, so grays look related across the whole scale.
 */
export const NEUTRAL_SHAPE: ScaleShape = {
  lightness: [0.985, 0.967, 0.922, 0.87, 0.708, 0.556, 0.439, 0.371, 0.269, 0.205, 0.145],
  tails: { light: 0.25, dark: 0.85 },
};

/** Neutrals peak in tint at their mid-gray. */
export const NEUTRAL_PEAK = 0.556;

/** Brand colors are most at home near step 600: light enough to see, dark enough to fill. */
const PREFERRED_PEAK = 0.55;
/** Peaks stay mid-scale so the lightest steps remain tints and the darkest remain shades. */
const PEAK_RANGE = [0.45, 0.85] as const;

/** A peak at `l` as far as the scale allows: a role whose fill is its most vivid step. */
export const peakAt = (l: number): number => Math.min(PEAK_RANGE[1], Math.max(PEAK_RANGE[0], l));
/** Lightness precision of the peak search. */
const PEAK_PRECISION = 1e-3;
/**
 * Share of a hue's maximum chroma a scale may ask for: right at the cusp sits the raw sRGB
 * primary or secondary (#00ffff), which reads as a default rather than a brand color.
 */
const CUSP_SHARE = 0.9;

/** Above any sRGB chroma: a peak derived from a kept color cannot blow up further. */
const MAX_PEAK_CHROMA = 0.37;
/** A kept color away from the peak implies a higher peak chroma, but at most twice its own. */
const MIN_KEPT_FACTOR = 0.5;

/** What a scale is built from. */
export interface ScaleSeed {
  hue: number;
  /** Chroma at the peak. */
  chroma: number;
  /** Lightness where chroma peaks. */
  peak: number;
  /** A user's color, placed verbatim at the step nearest its lightness. */
  kept?: string;
  /** Lightness of the role's fill in the light theme (brand colors); default: the peak. */
  fill?: number;
}

/**
 * Where a brand scale peaks: the lightness nearest step 600 at which sRGB can show the wanted
 * chroma (capped just below the hue's maximum). Blue reaches high chroma there; yellow only
 * near white, so its peak moves up.
 */
export function brandPeak(hue: number, chroma: number): number {
  const edge = cusp(hue);
  const wanted = Math.min(chroma, CUSP_SHARE * edge.c);
  if (maxChroma(PREFERRED_PEAK, hue) >= wanted) return PREFERRED_PEAK;
  // Max chroma rises monotonically from PREFERRED_PEAK toward the cusp: bisect for the edge.
  let short = PREFERRED_PEAK;
  let reaches = edge.l;
  while (Math.abs(reaches - short) > PEAK_PRECISION) {
    const mid = (short + reaches) / 2;
    if (maxChroma(mid, hue) >= wanted) reaches = mid;
    else short = mid;
  }
  return Math.min(PEAK_RANGE[1], Math.max(PEAK_RANGE[0], reaches));
}

/** Share of the peak chroma at lightness `l`: tail^(t²), t = 0 at the peak, 1 at the end. */
function chromaFactor(shape: ScaleShape, l: number, peak: number): number {
  const lightest = shape.lightness[0];
  const darkest = shape.lightness[shape.lightness.length - 1];
  const [t, tail] = l >= peak
    ? [(l - peak) / (lightest - peak), shape.tails.light]
    : [(peak - l) / (peak - darkest), shape.tails.dark];
  return tail ** (t * t);
}

/** Index of the step whose ladder lightness is nearest `l`. */
export function nearestStepIndex(shape: ScaleShape, l: number): number {
  let best = 0;
  shape.lightness.forEach((stepL, i) => {
    if (Math.abs(stepL - l) < Math.abs(shape.lightness[best] - l)) best = i;
  });
  return best;
}

/** The seed of a scale that contains `hex` verbatim, peaking where its chroma sits best. */
export function seedFromHex(
  hex: string,
  shape: ScaleShape,
  peak: (hue: number, chroma: number) => number,
): ScaleSeed {
  const kept = normalizeHex(hex);
  const color = hexToOklch(kept);
  const seedPeak = peak(color.h, color.c);
  const factor = Math.max(MIN_KEPT_FACTOR, chromaFactor(shape, color.l, seedPeak));
  const chroma = Math.min(MAX_PEAK_CHROMA, color.c / factor);
  return { hue: color.h, chroma, peak: seedPeak, kept };
}

/** The generated color of step `i` of a scale (what buildScale puts there unless kept). */
export function scaleStep(seed: ScaleSeed, shape: ScaleShape, i: number): string {
  const l = shape.lightness[i];
  const c = seed.chroma * chromaFactor(shape, l, seed.peak);
  return oklchToHex({ l, c, h: seed.hue });
}

export function buildScale(seed: ScaleSeed, shape: ScaleShape): Scale {
  const keptAt = seed.kept === undefined ? -1 : nearestStepIndex(shape, hexToOklch(seed.kept).l);
  const entries = SCALE_STEPS.map((step, i) =>
    i === keptAt ? [step, seed.kept] : [step, scaleStep(seed, shape, i)]
  );
  return Object.fromEntries(entries) as Scale;
}
