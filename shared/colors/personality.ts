/**
 * What a brief analysis' personality asks of a palette: the mood of the color research it
 * reads as, and where each role's fill sits in lightness. Children's brands are bright (no
 * brown, no mauve), luxury deep with a restrained accent, calm soft, technical cool.
 */
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import {
  industries,
  type IndustryAssociation,
  type MoodAssociation,
  moods,
} from "../research/colors.ts";

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

export function personalityMood(analysis: BriefAnalysis): MoodAssociation | undefined {
  const playful = analysis.industry === "kids" || analysis.personality.includes("playful");
  const id = playful ? "playful" : PERSONALITY_MOOD[analysis.personality[0]];
  return moods.find((m) => m.id === id);
}

export const analysisIndustry = (analysis: BriefAnalysis): IndustryAssociation | undefined =>
  industries.find((i) => i.id === analysis.industry);
