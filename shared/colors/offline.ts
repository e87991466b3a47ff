/**
 * offlinePaletteSpec: a palette spec from a brief with no AI provider. Industry words pick
 * the hue family, mood words the chroma and harmony; a hash of the brief picks within them,
 * so the same brief always gets the same palette and different briefs get different ones.
 */
import type {
  ColorResearch,
  HarmonyRule,
  HueRange,
  IndustryAssociation,
  MoodAssociation,
} from "../research/colors.ts";
import { type BriefSignals, hueName, type Match, words } from "./associations.ts";
import { type HarmonyHue, type HarmonyHues, harmonyHues } from "./harmony.ts";
import { normalizeHex } from "./hex.ts";
import { hexToOklch, normalizeHue } from "./oklch.ts";
import type { BriefAnalysis } from "../analysis/schema.ts";
import {
  profiledSeed,
  readIndustry,
  readMood,
  type Role,
  roleProfile,
  withinHues,
} from "./personality.ts";
import { type ColorSeed, MAX_BASE_COLORS, type PaletteSpec } from "./schema.ts";
import { fnv1a as hashText, mulberry32 as seededRandom } from "../random.ts";

export interface OfflineColorInput extends BriefSignals {
  /** The brief analysis: its industry and personality steer hues, chroma and lightness. */
  analysis?: BriefAnalysis;
  /** Colors to keep, in role order: primary, secondary, then accents. */
  baseColors?: readonly string[];
  /** Accent colors wanted (0..4, default 1); raised to fit the kept colors. */
  accentCount?: number;
}

export type OfflinePaletteSpec = PaletteSpec & { rationale: string };

const DEFAULT_ACCENTS = 1;
/** Below this chroma a kept color is a gray whose hue means nothing; the brief picks one. */
const GRAY_CHROMA = 0.02;

const round = (v: number, places: number) => Number(v.toFixed(places));

/** Only the brief's words seed the choice: the accent count or kept colors do not reshuffle. */
function briefSeed(input: BriefSignals): number {
  const fields = [
    input.description,
    input.industry,
    input.keywords?.join(" "),
    input.tone,
    input.mood,
    input.name,
  ].map((field) => words(field ?? "").join(" "));
  return hashText(JSON.stringify(fields));
}

/** Earlier ranges are the more typical ones, so they are likelier: weights n, n-1 … 1. */
function pickHue(ranges: readonly HueRange[], pickRange: number, pickWithin: number): number {
  const weights = ranges.map((_, i) => ranges.length - i);
  let ticket = pickRange * weights.reduce((a, b) => a + b, 0);
  const index = weights.findIndex((w) => (ticket -= w) < 0);
  const range = ranges[index === -1 ? ranges.length - 1 : index];
  const width = (range.to - range.from + 360) % 360 || 360;
  return round(normalizeHue(range.from + width * pickWithin), 1);
}

export function offlinePaletteSpec(
  input: OfflineColorInput,
  research: ColorResearch,
): OfflinePaletteSpec {
  const kept = (input.baseColors ?? []).map(normalizeHex);
  if (kept.length > MAX_BASE_COLORS) {
    throw new RangeError(`at most ${MAX_BASE_COLORS} base colors can be kept`);
  }
  const accentCount = Math.max(input.accentCount ?? DEFAULT_ACCENTS, kept.length - 2);
  const industry = readIndustry(input, research);
  const mood = readMood(input, research);
  const profile = input.analysis && roleProfile(input.analysis);

  // Always draw in the same order, so keeping a color never changes the other choices.
  const random = seededRandom(briefSeed(input));
  const drawnHue = withinHues(
    pickHue(industry?.association.hues ?? mood.association.hues, random(), random()),
    profile?.hues,
  );
  const [calmest, loudest] = mood.association.chroma;
  const chroma = round(
    Math.max(profile?.minChroma ?? 0, calmest + (loudest - calmest) * random()),
    3,
  );
  const moodHarmonies = mood.association.harmonies;
  const harmony = research.harmonies[moodHarmonies[Math.floor(random() * moodHarmonies.length)]];

  const keptPrimary = kept[0] === undefined ? undefined : hexToOklch(kept[0]);
  const primaryHue = keptPrimary && keptPrimary.c >= GRAY_CHROMA
    ? round(keptPrimary.h, 1)
    : drawnHue;
  const hues = harmonyHues(primaryHue, harmony, accentCount);
  const seed = (hex: string | undefined, step: HarmonyHue, role: Role): ColorSeed =>
    hex !== undefined
      ? { hex }
      : profile
      ? profiledSeed(profile, role, step, chroma, primaryHue)
      : { hue: round(step.hue, 1), chroma: round(chroma * step.chromaFactor, 3) };

  const spec: PaletteSpec = {
    primary: seed(kept[0], { hue: primaryHue, chromaFactor: 1 }, "primary"),
    secondary: seed(kept[1], hues.secondary, "secondary"),
    accents: hues.accents.map((step, i) => seed(kept[2 + i], step, "accent")),
    chroma,
    neutral: { hue: primaryHue, chroma: mood.association.neutralChroma },
  };
  const rationale = explain({ industry, mood, primaryHue, chroma, hues, harmony, kept, research });
  return { ...spec, rationale };
}

interface Choices {
  industry: Match<IndustryAssociation> | undefined;
  mood: Match<MoodAssociation>;
  primaryHue: number;
  chroma: number;
  hues: HarmonyHues;
  harmony: HarmonyRule;
  kept: readonly string[];
  research: ColorResearch;
}

const quoted = (triggers: readonly string[]) => triggers.map((t) => `"${t}"`).join(", ");
const label = (id: string) => id.replaceAll("_", " ");

/** The rationale a designer reads: what the brief signaled and what followed from it. */
function explain(c: Choices): string {
  const keptRoles = ["primary", "secondary", "accent", "accent 2", "accent 3", "accent 4"];
  const source = c.industry
    ? `The brief reads as ${label(c.industry.association.id)} ` +
      `(${quoted(c.industry.matched)}): ${c.industry.association.why}.`
    : `The brief names no industry, so the hue follows the ${label(c.mood.association.id)} mood.`;
  const mood = c.mood.matched.length > 0
    ? `The mood is ${label(c.mood.association.id)} (${quoted(c.mood.matched)}): ` +
      `${c.mood.association.why}, hence chroma ${c.chroma}.`
    : `No mood is named: ${c.mood.association.why} (chroma ${c.chroma}).`;
  const others = [
    `${hueName(c.hues.secondary.hue, c.research)} secondary`,
    ...c.hues.accents.map((a) => `${hueName(a.hue, c.research)} accent`),
  ].join(", ");
  const sentences = [
    source,
    `Primary: ${hueName(c.primaryHue, c.research)} (OKLCH hue ${c.primaryHue}°).`,
    `Harmony: ${label(c.harmony.name)}, ${c.harmony.description}, giving ${others}.`,
    mood,
  ];
  if (c.kept.length > 0) {
    const list = c.kept.map((hex, i) => `${hex} as ${keptRoles[i]}`).join(", ");
    sentences.push(`Kept exactly: ${list}; their on-colors are adjusted instead.`);
  }
  sentences.push(
    "Text colors are tuned in lightness until every text/background pair meets WCAG AA " +
      `in both themes. Research ${c.research.version}.`,
  );
  return sentences.join(" ");
}
