/**
 * Light and dark themes: every role a UI needs, as hex, built from the scales.
 *
 * Surfaces come from the neutral scale; text roles are fitted to their surfaces (body text to
 * AAA, the rest to AA); every filled role gets an on-color that reads on it. Brand fills sit
 * near the lightness where their hue is most vivid, unless the user's own color is kept, in
 * which case it is used as is, in both themes, and only its on-color adapts.
 */
import { WCAG_AA, WCAG_AAA } from "./contrast.ts";
import { type Direction, fitLightness, onColor } from "./contrast_fit.ts";
import { oklchToHex } from "./gamut.ts";
import { hexToOklch, type Oklch } from "./oklch.ts";
import { BRAND_SHAPE, nearestStepIndex, type ScaleSeed } from "./scale.ts";
import { type Scale, SCALE_STEPS } from "./steps.ts";

export const THEME_NAMES = ["light", "dark"] as const;
export type ThemeName = typeof THEME_NAMES[number];

/** Role → hex, in a stable order (brand, neutrals, status). */
export type Theme = Record<string, string>;

/** A brand color: its role ("primary", "accent_2"…), what it was built from, and its scale. */
export interface BrandColor {
  role: string;
  seed: ScaleSeed;
  scale: Scale;
}

export interface ThemeSource {
  brand: readonly BrandColor[];
  neutral: { seed: ScaleSeed; scale: Scale };
}

/** Per theme: where surfaces and text sit on the neutral scale, and which way text fits. */
interface ThemeLayout {
  background: keyof Scale;
  surface: keyof Scale | "white";
  border: keyof Scale;
  text: keyof Scale;
  textMuted: keyof Scale;
  direction: Direction;
  /** Lowest lightness of a generated brand fill. */
  minFill: number;
}

const LAYOUT: Record<ThemeName, ThemeLayout> = {
  // Cards (white) lift off a faintly tinted page; brand fills sit at their most vivid step.
  light: {
    background: "50",
    surface: "white",
    border: "200",
    text: "950",
    textMuted: "600",
    direction: "darker",
    minFill: 0,
  },
  // Elevated surfaces get lighter; deep brand fills are lifted so they do not sink.
  dark: {
    background: "950",
    surface: "900",
    border: "800",
    text: "50",
    textMuted: "400",
    direction: "lighter",
    minFill: 0.68,
  },
};

/**
 * Status colors, fixed so "error" looks like an error in every brand: red, green and amber
 * hues, each theme's lightness chosen for fills with legible on-colors.
 */
const STATUS: Record<string, Record<ThemeName, Oklch>> = {
  error: { light: { l: 0.55, c: 0.2, h: 27 }, dark: { l: 0.7, c: 0.17, h: 25 } },
  success: { light: { l: 0.55, c: 0.14, h: 150 }, dark: { l: 0.72, c: 0.15, h: 150 } },
  warning: { light: { l: 0.8, c: 0.16, h: 75 }, dark: { l: 0.83, c: 0.15, h: 80 } },
};

/** The scale step a generated brand fill uses in a theme; a kept color is used as is. */
export function brandFill(color: BrandColor, theme: ThemeName): string {
  if (color.seed.kept !== undefined) return color.seed.kept;
  return color.scale[SCALE_STEPS[fillStep(color.seed, theme)]];
}

/** Index of the scale step a generated brand fill uses in a theme. */
export function fillStep(seed: ScaleSeed, theme: ThemeName): number {
  const l = Math.max(LAYOUT[theme].minFill, seed.fill ?? seed.peak);
  return nearestStepIndex(BRAND_SHAPE, l);
}

export function buildTheme(theme: ThemeName, source: ThemeSource): Theme {
  const layout = LAYOUT[theme];
  const neutral = source.neutral.scale;
  const background = neutral[layout.background];
  const surface = layout.surface === "white" ? "#ffffff" : neutral[layout.surface];
  const surfaces = [background, surface];
  const textOn = (start: string, target: number) =>
    fitLightness(hexToOklch(start), surfaces, target, layout.direction);

  const roles: Theme = {};
  for (const color of source.brand) {
    const fill = brandFill(color, theme);
    roles[color.role] = fill;
    roles[`on_${color.role}`] = onColor(fill, color.seed.hue);
  }
  Object.assign(roles, {
    neutral: source.neutral.seed.kept ?? neutral["500"],
    background,
    surface,
    text: textOn(neutral[layout.text], WCAG_AAA),
    text_muted: textOn(neutral[layout.textMuted], WCAG_AA),
    border: neutral[layout.border],
    link: textOn(roles.primary, WCAG_AA),
  });
  for (const [status, colors] of Object.entries(STATUS)) {
    const fill = oklchToHex(colors[theme]);
    roles[status] = fill;
    roles[`on_${status}`] = onColor(fill, colors[theme].h);
  }
  return roles;
}
