/**
 * Moving a color's lightness until it reads against its backgrounds. Hue and chroma stay
 * (gamut permitting), so a fitted link is still recognizably the brand's blue.
 */
import { apcaContrast, contrastRatio, WCAG_AA } from "./contrast.ts";
import { oklchToHex } from "./gamut.ts";
import type { Oklch } from "./oklch.ts";

export type Direction = "lighter" | "darker";

/** OKLCH lightness precision of the search: far below one 8-bit step. */
const PRECISION = 1e-4;

const readsOn = (hex: string, backgrounds: readonly string[], target: number) =>
  backgrounds.every((bg) => contrastRatio(hex, bg) >= target);

/**
 * `color` with its lightness moved toward `direction` by the least amount that gives at
 * least `target` WCAG contrast against every background, measured on the final hex. Returns
 * the color unchanged when it already reads, and white or black (the best the direction
 * can do) when the target is out of reach.
 */
export function fitLightness(
  color: Oklch,
  backgrounds: readonly string[],
  target: number,
  direction: Direction,
): string {
  const at = (l: number) => oklchToHex({ ...color, l });
  if (readsOn(at(color.l), backgrounds, target)) return at(color.l);
  // Invariant: `reads` is a lightness that meets the target (or the extreme), `fails` one
  // that does not; only passing lightnesses are ever returned.
  let reads = direction === "lighter" ? 1 : 0;
  let fails = color.l;
  while (Math.abs(reads - fails) > PRECISION) {
    const mid = (reads + fails) / 2;
    if (readsOn(at(mid), backgrounds, target)) reads = mid;
    else fails = mid;
  }
  return at(reads);
}

/** Starting points for text on a fill: a near-white and a near-black, tinted with its hue. */
const ON_LIGHT = { l: 0.985, c: 0.012 };
const ON_DARK = { l: 0.22, c: 0.03 };

/**
 * Text color for a filled role (a button in the brand color). Both polarities are fitted to
 * WCAG AA; when both pass, APCA picks the one that reads better (WCAG 2's formula overrates
 * dark text on mid-tones, APCA does not). One always passes: white or black reaches at least
 * √21 ≈ 4.58:1 against any color.
 */
export function onColor(fill: string, hue: number): string {
  const candidates = [
    fitLightness({ ...ON_LIGHT, h: hue }, [fill], WCAG_AA, "lighter"),
    fitLightness({ ...ON_DARK, h: hue }, [fill], WCAG_AA, "darker"),
  ];
  const passes = (hex: string) => Number(contrastRatio(hex, fill) >= WCAG_AA);
  const apca = (hex: string) => Math.abs(apcaContrast(hex, fill));
  return candidates.sort((a, b) => passes(b) - passes(a) || apca(b) - apca(a))[0];
}
