/**
 * buildPalette: the deterministic core shared by the AI and offline paths. A spec (hues or
 * kept colors, chroma) goes in; scales, light and dark themes, and a contrast report where
 * every text pair meets WCAG AA come out; generated primary, secondary and accent are kept
 * visibly apart (distinct.ts). Same spec, same palette, byte for byte.
 */
import { contrastTable } from "./contrast_table.ts";
import { distinctRoles } from "./distinct.ts";
import { hexToOklch, normalizeHue, type Oklch } from "./oklch.ts";
import {
  BRAND_SHAPE,
  brandPeak,
  buildScale,
  NEUTRAL_PEAK,
  NEUTRAL_SHAPE,
  peakAt,
  type ScaleSeed,
  seedFromHex,
} from "./scale.ts";
import type { Scale } from "./steps.ts";
import type { ColorSeed, Palette, PaletteColor, PaletteSpec } from "./schema.ts";
import { type BrandColor, buildTheme, type Theme, type ThemeName } from "./themes.ts";

/** Role of the i-th accent: "accent", then "accent_2", "accent_3"… */
const accentRole = (i: number): string => i === 0 ? "accent" : `accent_${i + 1}`;

/**
 * Where a role's fill sits relative to its hue's most vivid step when the spec does not say:
 * the primary a step deeper, the secondary at the peak, accents a step lighter, so the three
 * differ in lightness as well as hue.
 */
const ROLE_FILL: Record<string, number> = { primary: -0.07, secondary: 0 };
const ACCENT_FILL = 0.09;
/** An accent lighter than this reads as a tint rather than a color. */
const MAX_DEFAULT_FILL = 0.8;

function brandSeed(seed: ColorSeed, chroma: number, role: string): ScaleSeed {
  if ("hex" in seed) return seedFromHex(seed.hex, BRAND_SHAPE, brandPeak);
  const hue = normalizeHue(seed.hue);
  const seedChroma = seed.chroma ?? chroma;
  // A fill the spec places is the most vivid step of its scale (a light accent stays vivid).
  if (seed.lightness !== undefined) {
    return { hue, chroma: seedChroma, peak: peakAt(seed.lightness), fill: seed.lightness };
  }
  const peak = brandPeak(hue, seedChroma);
  const fill = Math.min(Math.max(peak, MAX_DEFAULT_FILL), peak + (ROLE_FILL[role] ?? ACCENT_FILL));
  return { hue, chroma: seedChroma, peak, fill };
}

function neutralSeed(neutral: PaletteSpec["neutral"]): ScaleSeed {
  if ("hex" in neutral) return seedFromHex(neutral.hex, NEUTRAL_SHAPE, () => NEUTRAL_PEAK);
  return { hue: normalizeHue(neutral.hue), chroma: neutral.chroma, peak: NEUTRAL_PEAK };
}

/** Rounded for output; grays get hue 0 since their hue is meaningless noise. */
function measure(hex: string): Oklch {
  const { l, c, h } = hexToOklch(hex);
  const round = (v: number, places: number) => Number(v.toFixed(places));
  const chroma = round(c, 4);
  return { l: round(l, 4), c: chroma, h: chroma === 0 ? 0 : round(h, 2) };
}

export function buildPalette(spec: PaletteSpec): Palette {
  const seeds: [string, ColorSeed][] = [
    ["primary", spec.primary],
    ["secondary", spec.secondary],
    ...spec.accents.map((seed, i): [string, ColorSeed] => [accentRole(i), seed]),
  ];
  const brand: BrandColor[] = distinctRoles(seeds.map(([role, seed]) => {
    const scaleSeed = brandSeed(seed, spec.chroma, role);
    return { role, seed: scaleSeed, scale: buildScale(scaleSeed, BRAND_SHAPE) };
  }));
  const neutral = neutralSeed(spec.neutral);
  const neutralScale = buildScale(neutral, NEUTRAL_SHAPE);

  const source = { brand, neutral: { seed: neutral, scale: neutralScale } };
  const themes: Record<ThemeName, Theme> = {
    light: buildTheme("light", source),
    dark: buildTheme("dark", source),
  };
  const kept = new Set(brand.filter((c) => c.seed.kept !== undefined).map((c) => c.role));
  if (neutral.kept !== undefined) kept.add("neutral");
  const colors: PaletteColor[] = Object.keys(themes.light).map((role) => ({
    role,
    hex: themes.light[role],
    oklch: measure(themes.light[role]),
    dark: { hex: themes.dark[role], oklch: measure(themes.dark[role]) },
    kept: kept.has(role),
  }));
  const scales: Record<string, Scale> = Object.fromEntries([
    ...brand.map((c) => [c.role, c.scale]),
    ["neutral", neutralScale],
  ]);
  return { colors, scales, themes, contrast: contrastTable(themes) };
}
