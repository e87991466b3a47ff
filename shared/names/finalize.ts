/**
 * The one post-processor for names, whether a model or the offline generator proposed them:
 * normalise, drop what breaks the limits, keep the first of each case-insensitive duplicate,
 * score, and keep the best `count`.
 */
import type { NamingResearch } from "../research/naming.ts";
import { checkName, limitsFor, type NameRejection } from "./constraints.ts";
import { nameKey, normalizeName } from "./normalize.ts";
import type { NameCandidate, NamesInput, ScoredName } from "./schema.ts";
import { scorerFor } from "./score.ts";
import { briefWords } from "./stems.ts";

export interface RejectedName {
  name: string;
  reason: NameRejection;
  /** The avoid word that matched, for avoided_word. */
  detail?: string;
}

export interface FinalizedNames {
  /** Best first; ties keep the order they were proposed in. */
  accepted: ScoredName[];
  rejected: RejectedName[];
}

export function finalizeNames(
  candidates: readonly NameCandidate[],
  input: NamesInput,
  research: NamingResearch,
): FinalizedNames {
  const score = scorerFor(research);
  const limits = limitsFor(input);
  const briefKeys = briefWords(input.brief, research).map((w) => w.key);
  const seen = new Set<string>();
  const kept: ScoredName[] = [];
  const rejected: RejectedName[] = [];

  for (const candidate of candidates) {
    const name = normalizeName(candidate.name);
    const problem = checkName(name, limits);
    if (problem) {
      rejected.push({ name: candidate.name, ...problem });
      continue;
    }
    const key = nameKey(name);
    if (seen.has(key)) {
      rejected.push({ name: candidate.name, reason: "duplicate" });
      continue;
    }
    seen.add(key);
    const rationale = candidate.rationale.replace(/\s+/g, " ").trim();
    kept.push({ name, style: candidate.style, rationale, ...score(name, briefKeys) });
  }

  // Array.prototype.sort is stable, so equal totals keep their proposal order.
  kept.sort((a, b) => b.score.total - a.score.total);
  for (const surplus of kept.slice(input.count)) {
    rejected.push({ name: surplus.name, reason: "over_count" });
  }
  return { accepted: kept.slice(0, input.count), rejected };
}
