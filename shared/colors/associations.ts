/**
 * Reading a brief against the color research: which industry and mood it signals, and what
 * to call a hue. Matching is plain word matching, so it is predictable and explainable; a
 * brief in another language simply matches nothing and gets the defaults.
 */
import type { ColorResearch, IndustryAssociation, MoodAssociation } from "../research/colors.ts";
import { normalizeHue } from "./oklch.ts";

/** The parts of a brief that say something about color. */
export interface BriefSignals {
  description?: string;
  industry?: string;
  keywords?: readonly string[];
  tone?: string;
  mood?: string;
  name?: string;
}

export interface Match<T> {
  association: T;
  /** The triggers found in the brief, for the rationale. */
  matched: string[];
}

/** Lowercase words (letters and digits in any script), accents folded: "Café" → "cafe". */
export const words = (text: string): string[] =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Short triggers would match too much as word starts ("car" in "care"): whole words only. */
const SHORT_TRIGGER = 3;

export function triggerMatches(trigger: string, word: string): boolean {
  if (trigger.length <= SHORT_TRIGGER) return word === trigger || word === `${trigger}s`;
  return word.startsWith(trigger);
}

/** How much a match in each field counts: explicit fields outweigh words in passing. */
type Weights = readonly (readonly [keyof BriefSignals, number])[];
const INDUSTRY_WEIGHTS: Weights = [
  ["industry", 3],
  ["keywords", 2],
  ["description", 1],
  ["name", 1],
];
const MOOD_WEIGHTS: Weights = [
  ["mood", 3],
  ["tone", 3],
  ["keywords", 2],
  ["description", 1],
  ["name", 1],
];

function fieldWords(brief: BriefSignals, field: keyof BriefSignals): string[] {
  const value = brief[field];
  return words(typeof value === "string" ? value : value?.join(" ") ?? "");
}

/** The association whose triggers weigh most in the brief; ties go to the earlier one. */
function bestMatch<T extends { triggers: readonly string[] }>(
  brief: BriefSignals,
  candidates: readonly T[],
  weights: Weights,
): Match<T> | undefined {
  const fields = weights.map(([field, weight]) => ({ words: fieldWords(brief, field), weight }));
  let best: (Match<T> & { score: number }) | undefined;
  for (const association of candidates) {
    let score = 0;
    const matched = new Set<string>();
    for (const trigger of association.triggers) {
      for (const field of fields) {
        if (field.words.some((word) => triggerMatches(trigger, word))) {
          score += field.weight;
          matched.add(trigger);
        }
      }
    }
    if (score > 0 && score > (best?.score ?? 0)) {
      best = { association, matched: [...matched], score };
    }
  }
  return best && { association: best.association, matched: best.matched };
}

export const matchIndustry = (
  brief: BriefSignals,
  research: ColorResearch,
): Match<IndustryAssociation> | undefined =>
  bestMatch(brief, research.industries, INDUSTRY_WEIGHTS);

/** The brief's mood, or the balanced default when it signals none. */
export const matchMood = (brief: BriefSignals, research: ColorResearch): Match<MoodAssociation> =>
  bestMatch(brief, research.moods, MOOD_WEIGHTS) ??
    { association: research.defaultMood, matched: [] };

const hueDistance = (a: number, b: number) => {
  const d = Math.abs(normalizeHue(a) - normalizeHue(b));
  return Math.min(d, 360 - d);
};

/** Everyday name of an OKLCH hue ("blue", "amber"), by the nearest named anchor. */
export function hueName(hue: number, research: ColorResearch): string {
  return research.hueNames.reduce((best, anchor) =>
    hueDistance(anchor.hue, hue) < hueDistance(best.hue, hue) ? anchor : best
  ).name;
}
