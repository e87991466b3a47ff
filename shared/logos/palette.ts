/**
 * The five colors a logo is drawn with, completed from whatever the caller gave. The full,
 * contrast-checked palette comes from generate-colors; this only fills gaps so that a logo
 * request with one color (or none) still draws with a coherent set.
 */
import { normalizeHex } from "../colors/hex.ts";
import { oklchToHex } from "../colors/gamut.ts";
import { hexToOklch } from "../colors/oklch.ts";

export const PALETTE_ROLES = ["primary", "secondary", "accent", "text", "background"] as const;
export type PaletteRole = typeof PALETTE_ROLES[number];
export type LogoPalette = Readonly<Record<PaletteRole, string>>;

/**
 * Missing roles are derived in OKLCH from the primary (given, or a hue drawn from `seed`):
 * secondary a neighbouring hue at a different lightness, accent a split complement, text and
 * background near-black and near-white tints of the primary hue.
 */
export function resolvePalette(
  given: Partial<Record<PaletteRole, string>> | undefined,
  seed: number,
): LogoPalette {
  const primary = given?.primary
    ? normalizeHex(given.primary)
    : oklchToHex({ l: 0.55, c: 0.16, h: seed % 360 });
  const { l, c, h } = hexToOklch(primary);
  const derived: Record<PaletteRole, string> = {
    primary,
    secondary: oklchToHex({ l: l < 0.6 ? l + 0.15 : l - 0.15, c, h: h + 35 }),
    accent: oklchToHex({ l: 0.72, c: Math.max(c, 0.12), h: h + 150 }),
    text: oklchToHex({ l: 0.22, c: Math.min(c, 0.03), h }),
    background: oklchToHex({ l: 0.985, c: Math.min(c, 0.01), h }),
  };
  for (const role of PALETTE_ROLES) {
    const color = given?.[role];
    if (color) derived[role] = normalizeHex(color);
  }
  return derived;
}
