/** Secondary and accent hues from a primary hue and a harmony rule (see research/colors.ts). */
import type { HarmonyRule, HarmonyStep } from "../research/colors.ts";
import { normalizeHue } from "./oklch.ts";
import { MAX_ACCENTS } from "./steps.ts";

export interface HarmonyHue {
  hue: number;
  /** Multiplies the palette's chroma: secondaries a little calmer, accents a little louder. */
  chromaFactor: number;
}

export interface HarmonyHues {
  secondary: HarmonyHue;
  accents: HarmonyHue[];
}

const rotate = (primaryHue: number, step: HarmonyStep): HarmonyHue => ({
  hue: normalizeHue(primaryHue + step.offset),
  chromaFactor: step.chroma,
});

export function harmonyHues(
  primaryHue: number,
  rule: HarmonyRule,
  accentCount: number,
): HarmonyHues {
  if (!Number.isInteger(accentCount) || accentCount < 0 || accentCount > MAX_ACCENTS) {
    throw new RangeError(`accentCount must be an integer from 0 to ${MAX_ACCENTS}`);
  }
  return {
    secondary: rotate(primaryHue, rule.secondary),
    accents: rule.accents.slice(0, accentCount).map((step) => rotate(primaryHue, step)),
  };
}
