/**
 * Brand roles that look different: primary, secondary and accent at least CIEDE2000 15 apart
 * (about the distance between a navy and a teal of the same depth) on the light theme's
 * fills. Generated colors are moved, the least that works, in hue and lightness; a color the
 * user keeps never moves, so only kept colors can stand closer than that.
 */
import { differenceCiede2000 } from "./culori.ts";
import { normalizeHue } from "./oklch.ts";
import { BRAND_SHAPE, brandPeak, buildScale, peakAt, type ScaleSeed } from "./scale.ts";
import type { Palette } from "./schema.ts";
import { type BrandColor, brandFill } from "./themes.ts";

export const MIN_ROLE_DELTA_E = 15;
/** The roles kept apart, in the order they claim their color. */
export const DISTINCT_ROLES = ["primary", "secondary", "accent"] as const;

const ciede2000 = differenceCiede2000();
export const deltaE2000 = (a: string, b: string): number => ciede2000(a, b);

/** Fill lightness range a moved color stays in: dark enough to fill, light enough to see. */
const FILL_RANGE = [0.3, 0.82] as const;

/** Moves tried, smallest first: hue turns (degrees) and lightness shifts (OKLCH L). */
const HUE_TURNS = [0, 20, -20, 40, -40, 60, -60, 90, -90, 120, -120, 150, -150, 180];
const LIGHTNESS_SHIFTS = [0, 0.08, -0.08, 0.16, -0.16, 0.24, -0.24];
const MOVES = HUE_TURNS.flatMap((dh) => LIGHTNESS_SHIFTS.map((dl) => ({ dh, dl })))
  .sort((a, b) => cost(a) - cost(b));

/** Darkening costs more than lightening: a darker orange or yellow turns brown. */
function cost({ dh, dl }: { dh: number; dl: number }): number {
  return Math.abs(dh) / 20 + Math.abs(dl) / 0.08 * (dl < 0 ? 1.5 : 1);
}

const fillOf = (color: BrandColor) => brandFill(color, "light");

const minDistance = (hex: string, others: readonly string[]) =>
  Math.min(Infinity, ...others.map((other) => deltaE2000(hex, other)));

/**
 * `brand` with its generated primary, secondary and accent moved until each pair is at least
 * MIN_ROLE_DELTA_E apart. Kept colors claim theirs first; the others follow in role order, each
 * taking the smallest move that clears every color already placed (or, should none, the move
 * that gets farthest).
 */
export function distinctRoles(brand: readonly BrandColor[]): BrandColor[] {
  const result = [...brand];
  const roles = DISTINCT_ROLES.map((role) => result.findIndex((c) => c.role === role))
    .filter((i) => i !== -1);
  const placed = roles.filter((i) => result[i].seed.kept !== undefined).map((i) =>
    fillOf(result[i])
  );
  for (const i of roles.filter((i) => result[i].seed.kept === undefined)) {
    const color = result[i];
    let best = { color, distance: minDistance(fillOf(color), placed) };
    if (best.distance < MIN_ROLE_DELTA_E) {
      for (const move of MOVES.slice(1)) {
        const moved = moveColor(color, move.dh, move.dl);
        const distance = minDistance(fillOf(moved), placed);
        if (distance > best.distance) best = { color: moved, distance };
        if (distance >= MIN_ROLE_DELTA_E) break;
      }
    }
    result[i] = best.color;
    placed.push(fillOf(best.color));
  }
  return result;
}

/**
 * The color turned by `dh` and lightened by `dl`, its scale peaking at the new fill. Turned
 * toward a hue that is vivid only higher up (yellow), the fill rises with it instead of going
 * olive or brown.
 */
function moveColor(color: BrandColor, dh: number, dl: number): BrandColor {
  const hue = normalizeHue(color.seed.hue + dh);
  const chroma = color.seed.chroma;
  const rise = Math.max(0, brandPeak(hue, chroma) - brandPeak(color.seed.hue, chroma));
  const fill = Math.min(
    FILL_RANGE[1],
    Math.max(FILL_RANGE[0], (color.seed.fill ?? color.seed.peak) + rise + dl),
  );
  const seed: ScaleSeed = { ...color.seed, hue, peak: peakAt(fill), fill };
  return { ...color, seed, scale: buildScale(seed, BRAND_SHAPE) };
}

/** The smallest CIEDE2000 distance between the light theme's primary, secondary and accent. */
export function minRoleDeltaE(palette: Pick<Palette, "themes">): number {
  const fills = DISTINCT_ROLES.map((role) => palette.themes.light[role]).filter(Boolean);
  let min = Infinity;
  fills.forEach((a, i) => fills.slice(i + 1).forEach((b) => min = Math.min(min, deltaE2000(a, b))));
  return min;
}
