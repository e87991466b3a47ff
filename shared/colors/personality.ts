/**
 * What a brief analysis' personality asks of a palette: the mood of the color research it
 * reads as, and where each role's fill sits in lightness. Children's brands are bright (no
 * brown, no mauve), luxury deep with a restrained accent, calm soft, technical cool.
 */
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import { type BriefSignals, type Match, matchIndustry, matchMood } from "./associations.ts";
import type { HarmonyHue } from "./harmony.ts";
import { normalizeHue } from "./oklch.ts";
import { brandPeak } from "./scale.ts";
import type { ColorSeed } from "./schema.ts";
import type { ColorResearch, IndustryAssociation, MoodAssociation } from "../research/colors.ts";

/** The research mood each personality reads as. */
const PERSONALITY_MOOD: Record<Personality, string> = {
  playful: "playful",
  friendly: "playful",
  caring: "trustworthy",
  calm: "calm",
  natural: "natural",
  artisanal: "warm",
  rugged: "retro",
  bold: "energetic",
  technical: "trustworthy",
  modern: "innovative",
  premium: "luxurious",
  classic: "trustworthy",
};

type HueRange = { readonly from: number; readonly to: number };

/** Fill lightness of primary, secondary and accents (OKLCH L), and how each role's hue sits. */
export interface RoleProfile {
  readonly primary: number;
  readonly secondary: number;
  readonly accent: number;
  /** Multiplies the accents' chroma: below 1 restrains them. */
  readonly accentChroma: number;
  /** Lowest peak chroma of every role: bright brands never fall into brown, olive or mauve. */
  readonly minChroma: number;
  /** Hues the primary keeps to (cool technical brands, jewel-toned luxury). */
  readonly hues?: readonly HueRange[];
  /** Hues no role takes (mauve and violet in an earthy palette). */
  readonly avoid?: readonly HueRange[];
  /** A fixed accent hue: luxury's gold. */
  readonly accentHue?: number;
  /**
   * The secondary takes another of the profile's hue ranges than the primary: luxury pairs two
   * jewel tones rather than two depths of one (which merge in the dark theme).
   */
  readonly secondaryElsewhere?: boolean;
  /** Browns are welcome (coffee, leather, soil); elsewhere oranges stay light enough. */
  readonly earthy?: boolean;
}

/** Mauves, violets and pinks: out of place in an earthy palette. */
const MAUVE: HueRange = { from: 275, to: 10 };

const PROFILES: Record<Personality, RoleProfile> = {
  // Bright: light enough that orange stays orange and pink stays pink.
  playful: { primary: 0.64, secondary: 0.72, accent: 0.8, accentChroma: 1, minChroma: 0.16 },
  friendly: { primary: 0.6, secondary: 0.7, accent: 0.8, accentChroma: 1, minChroma: 0.15 },
  caring: { primary: 0.55, secondary: 0.68, accent: 0.8, accentChroma: 1, minChroma: 0.11 },
  // Soft: mid-light fills in low chroma.
  calm: { primary: 0.56, secondary: 0.68, accent: 0.78, accentChroma: 0.9, minChroma: 0.05 },
  natural: {
    primary: 0.48,
    secondary: 0.6,
    accent: 0.74,
    accentChroma: 0.9,
    minChroma: 0.07,
    avoid: [MAUVE],
    earthy: true,
  },
  artisanal: {
    primary: 0.42,
    secondary: 0.58,
    accent: 0.74,
    accentChroma: 0.9,
    minChroma: 0.07,
    avoid: [MAUVE],
    earthy: true,
  },
  rugged: {
    primary: 0.42,
    secondary: 0.56,
    accent: 0.72,
    accentChroma: 1,
    minChroma: 0.09,
    avoid: [MAUVE],
    earthy: true,
  },
  bold: { primary: 0.5, secondary: 0.62, accent: 0.76, accentChroma: 1, minChroma: 0.17 },
  // Cool blues, teals and violets, with a clear lighter accent.
  technical: {
    primary: 0.46,
    secondary: 0.58,
    accent: 0.74,
    accentChroma: 1,
    minChroma: 0.1,
    hues: [{ from: 185, to: 290 }],
  },
  modern: { primary: 0.5, secondary: 0.62, accent: 0.8, accentChroma: 1, minChroma: 0.12 },
  // Deep jewel-toned primary, a mid secondary, and a quiet gold accent.
  premium: {
    primary: 0.36,
    secondary: 0.5,
    accent: 0.76,
    accentChroma: 0.8,
    minChroma: 0.08,
    hues: [{ from: 250, to: 275 }, { from: 150, to: 172 }, { from: 355, to: 385 }],
    accentHue: 85,
    secondaryElsewhere: true,
  },
  classic: {
    primary: 0.4,
    secondary: 0.55,
    accent: 0.74,
    accentChroma: 0.8,
    minChroma: 0.06,
    hues: [{ from: 240, to: 275 }, { from: 150, to: 175 }, { from: 0, to: 30 }],
  },
};

/** The profile of the lead personality; children's brands always play, in color at least. */
export function roleProfile(analysis: BriefAnalysis): RoleProfile {
  const playful = analysis.industry === "kids" || analysis.personality.includes("playful");
  return PROFILES[playful ? "playful" : analysis.personality[0]];
}

function personalityMood(
  analysis: BriefAnalysis,
  research: ColorResearch,
): MoodAssociation | undefined {
  const playful = analysis.industry === "kids" || analysis.personality.includes("playful");
  const id = playful ? "playful" : PERSONALITY_MOOD[analysis.personality[0]];
  return research.moods.find((m) => m.id === id);
}

const analysisIndustry = (
  analysis: BriefAnalysis,
  research: ColorResearch,
): IndustryAssociation | undefined => research.industries.find((i) => i.id === analysis.industry);

/** A brief's color signals with, when there is one, its analysis. */
export interface AnalysedBrief extends BriefSignals {
  analysis?: BriefAnalysis;
}

export type Role = "primary" | "secondary" | "accent";

/** The analysis' industry when it names one of the research's, else the brief's words. */
export function readIndustry(
  input: AnalysedBrief,
  research: ColorResearch,
): Match<IndustryAssociation> | undefined {
  const named = input.analysis && analysisIndustry(input.analysis, research);
  return named ? { association: named, matched: [named.id] } : matchIndustry(input, research);
}

/** A mood or tone the user wrote wins; then the analysis' personality; then the brief's words. */
export function readMood(input: AnalysedBrief, research: ColorResearch): Match<MoodAssociation> {
  if (!input.analysis) return matchMood(input, research);
  const stated = matchMood({ mood: input.mood, tone: input.tone }, research);
  if (stated.matched.length > 0) return stated;
  const mood = personalityMood(input.analysis, research);
  return mood
    ? { association: mood, matched: [input.analysis.personality[0]] }
    : matchMood(input, research);
}

const inRange = (hue: number, r: { from: number; to: number }) =>
  normalizeHue(hue - r.from) <= normalizeHue(r.to - r.from);

/** `hue`, or when a profile limits hues and it lies outside, the same share of a range. */
export function withinHues(hue: number, ranges: RoleProfile["hues"]): number {
  if (!ranges || ranges.some((r) => inRange(hue, r))) return hue;
  const range = ranges[Math.floor(hue / 360 * ranges.length)];
  return round(
    normalizeHue(range.from + (range.to - range.from) * ((hue * ranges.length) % 360) / 360),
    1,
  );
}

/** `hue` turned just out of any range the profile avoids, toward the nearer edge. */
function avoiding(hue: number, ranges: RoleProfile["avoid"]): number {
  const range = ranges?.find((r) => inRange(hue, r));
  if (!range) return hue;
  const fromStart = normalizeHue(hue - range.from);
  const toEnd = normalizeHue(range.to - hue);
  return normalizeHue(fromStart < toEnd ? range.from - 10 : range.to + 10);
}

/**
 * The profile's lightness for a role, raised toward the hue's most vivid step for bright
 * profiles: a playful yellow sits high, where it is yellow and not olive.
 */
function fillLightness(profile: RoleProfile, role: Role, hue: number, chroma: number): number {
  let l = profile[role];
  if (profile.minChroma >= BRIGHT_CHROMA) l = Math.max(l, brandPeak(hue, chroma) - 0.05);
  if (inRange(hue, YELLOW)) l = Math.max(l, YELLOW_MIN_L);
  if (!profile.earthy && inRange(hue, ORANGE)) l = Math.max(l, ORANGE_MIN_L);
  return round(Math.min(0.82, l), 3);
}

/** Profiles this vivid keep warm hues high and saturated, where they stay orange and yellow. */
const BRIGHT_CHROMA = 0.11;
const WARM = { from: 35, to: 115 };
const WARM_BRIGHT_CHROMA = 0.15;
/** Below these lightnesses yellow reads olive and orange brown. */
const YELLOW = { from: 85, to: 115 };
const YELLOW_MIN_L = 0.76;
const ORANGE = { from: 35, to: 85 };
const ORANGE_MIN_L = 0.62;

/** A generated role's seed under a profile: hue kept out of avoided ranges, chroma and fill. */
export function profiledSeed(
  profile: RoleProfile,
  role: Role,
  step: HarmonyHue,
  chroma: number,
  primaryHue: number,
): ColorSeed {
  const hue = role === "accent" && profile.accentHue !== undefined
    ? profile.accentHue
    : role === "secondary" && profile.secondaryElsewhere && profile.hues
    ? otherRange(primaryHue, profile.hues)
    : avoiding(step.hue, profile.avoid);
  const share = role === "accent" ? profile.accentChroma : 1;
  const bright = profile.minChroma >= BRIGHT_CHROMA && inRange(hue, WARM);
  const floor = bright ? WARM_BRIGHT_CHROMA : profile.minChroma;
  const seedChroma = round(Math.max(floor, chroma * step.chromaFactor) * share, 3);
  return {
    hue: round(hue, 1),
    chroma: seedChroma,
    lightness: fillLightness(profile, role, hue, seedChroma),
  };
}

const round = (v: number, places: number) => Number(v.toFixed(places));

/** The middle of the range after the one holding `hue` (the first range when none does). */
function otherRange(hue: number, ranges: readonly HueRange[]): number {
  const at = ranges.findIndex((r) => inRange(hue, r));
  const next = ranges[(at + 1) % ranges.length];
  return normalizeHue(next.from + normalizeHue(next.to - next.from) / 2);
}
