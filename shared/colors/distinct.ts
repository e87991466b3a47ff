/**
 * Brand roles that look different: primary, secondary and accent at least CIEDE2000 15 apart
 * (about the distance between a navy and a teal of the same depth) on the fills of both
 * themes. Generated colors are moved, the least that works, in hue and lightness; a color the
 * user keeps never moves, so only kept colors can stand closer than that.
 */
import { differenceCiede2000 } from "./culori.ts";
import { normalizeHue } from "./oklch.ts";
import { BRAND_SHAPE, brandPeak, buildScale, peakAt, type ScaleSeed, scaleStep } from "./scale.ts";
import type { Palette } from "./schema.ts";
import { type BrandColor, brandFill, fillStep } from "./themes.ts";

export const MIN_ROLE_DELTA_E = 15;
/** The roles kept apart, in the order they claim their color. */
export const DISTINCT_ROLES = ["primary", "secondary", "accent"] as const;

const ciede2000 = differenceCiede2000();
export const deltaE2000 = (a: string, b: string): number => ciede2000(a, b);

/** Fill lightness range a moved color stays in: dark enough to fill, light enough to see. */
const FILL_RANGE = [0.3, 0.82] as const;

/**
 * Moves tried, smallest first: hue turns (degrees), lightness shifts (OKLCH L) and, last resort
 * for grays (the dark theme has room for only two gray fills), added chroma.
 */
const HUE_TURNS = [0, 20, -20, 40, -40, 60, -60, 90, -90, 120, -120, 150, -150, 180];
const LIGHTNESS_SHIFTS = [0, 0.08, -0.08, 0.16, -0.16, 0.24, -0.24];
const CHROMA_BOOSTS = [0, 0.06, 0.12];
/** Below this chroma a color is a gray: only it may gain chroma (a restrained accent stays so). */
const GRAY_CHROMA = 0.05;
const MOVES = HUE_TURNS.flatMap((dh) =>
  LIGHTNESS_SHIFTS.flatMap((dl) => CHROMA_BOOSTS.map((dc) => ({ dh, dl, dc })))
).sort((a, b) => cost(a) - cost(b));

type Move = (typeof MOVES)[number];

/** Darkening costs more than lightening: a darker orange or yellow turns brown. */
function cost({ dh, dl, dc }: { dh: number; dl: number; dc: number }): number {
  return Math.abs(dh) / 20 + Math.abs(dl) / 0.08 * (dl < 0 ? 1.5 : 1) + dc / 0.06 * 3;
}

/** A role's fills in both themes: the dark one lifts deep fills, which can merge two roles. */
type Fills = readonly [light: string, dark: string];
const fillsOf = (color: BrandColor): Fills => [
  brandFill(color, "light"),
  brandFill(color, "dark"),
];

/** The fills a seed would give, without building its whole scale (the search tries many). */
const seedFills = (seed: ScaleSeed): Fills => [
  scaleStep(seed, BRAND_SHAPE, fillStep(seed, "light")),
  scaleStep(seed, BRAND_SHAPE, fillStep(seed, "dark")),
];

const minDistance = (fills: Fills, others: readonly Fills[]) =>
  Math.min(
    Infinity,
    ...others.flatMap((other) => [deltaE2000(fills[0], other[0]), deltaE2000(fills[1], other[1])]),
  );

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
    fillsOf(result[i])
  );
  for (const i of roles.filter((i) => result[i].seed.kept === undefined)) {
    const color = result[i];
    let distance = minDistance(fillsOf(color), placed);
    let seed: ScaleSeed | undefined;
    // The peak search is the costly part of a move, and moves share hues.
    const peaks = new Map<number, number>();
    const peakOf = (hue: number) => {
      if (!peaks.has(hue)) peaks.set(hue, brandPeak(hue, color.seed.chroma));
      return peaks.get(hue)!;
    };
    const gray = color.seed.chroma < GRAY_CHROMA;
    for (const move of distance < MIN_ROLE_DELTA_E ? MOVES.slice(1) : []) {
      if (move.dc > 0 && !gray) continue;
      const moved = movedSeed(color.seed, move, peakOf);
      const reached = minDistance(seedFills(moved), placed);
      if (reached > distance) [distance, seed] = [reached, moved];
      if (reached >= MIN_ROLE_DELTA_E) break;
    }
    if (seed) result[i] = { ...color, seed, scale: buildScale(seed, BRAND_SHAPE) };
    placed.push(fillsOf(result[i]));
  }
  return result;
}

/**
 * The seed turned by `dh`, lightened by `dl` and given `dc` more chroma, its scale peaking at
 * the new fill. Turned toward a hue that is vivid only higher up (yellow), the fill rises with it
 * instead of going olive or brown.
 */
function movedSeed(
  from: ScaleSeed,
  { dh, dl, dc }: Move,
  peakOf: (hue: number) => number,
): ScaleSeed {
  const hue = normalizeHue(from.hue + dh);
  const rise = Math.max(0, peakOf(hue) - peakOf(from.hue));
  const fill = Math.min(
    FILL_RANGE[1],
    Math.max(FILL_RANGE[0], (from.fill ?? from.peak) + rise + dl),
  );
  return { ...from, hue, chroma: from.chroma + dc, peak: peakAt(fill), fill };
}

/** The smallest CIEDE2000 distance between primary, secondary and accent, in either theme. */
export function minRoleDeltaE(palette: Pick<Palette, "themes">): number {
  let min = Infinity;
  for (const theme of [palette.themes.light, palette.themes.dark]) {
    const fills = DISTINCT_ROLES.map((role) => theme[role]).filter(Boolean);
    fills.forEach((a, i) =>
      fills.slice(i + 1).forEach((b) => min = Math.min(min, deltaE2000(a, b)))
    );
  }
  return min;
}
