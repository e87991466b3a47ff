/**
 * The one post-processor for names, whether a model or the offline generator proposed them:
 * normalise, drop what breaks the limits or was excluded, keep the first of each
 * case-insensitive duplicate, credit the brief's roots, screen for brands and bad words,
 * score, and keep the best `count` (clean names before flagged ones).
 */
import type { BriefAnalysis } from "../analysis/schema.ts";
import type { NamingResearch } from "../research/naming.ts";
import { checkName, limitsFor, type NameRejection } from "./constraints.ts";
import { nameKey, normalizeName } from "./normalize.ts";
import type { NameCandidate, NamesInput, ScoredName } from "./schema.ts";
import { scorerFor } from "./score.ts";
import { screenName } from "./screen.ts";
import { namingSeeds, rootsIn } from "./seeds.ts";
import { briefWords } from "./stems.ts";

export interface RejectedName {
  name: string;
  reason: NameRejection | "excluded";
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
  analysis?: BriefAnalysis,
): FinalizedNames {
  const score = scorerFor(research);
  const limits = limitsFor(input);
  const briefKeys = briefWords(input.brief, research).map((w) => w.key);
  const seeds = analysis ? namingSeeds(analysis) : [];
  const excluded = new Set([...input.exclude, ...input.like].map(nameKey));
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
    if (excluded.has(key)) {
      rejected.push({ name: candidate.name, reason: "excluded" });
      continue;
    }
    if (seen.has(key)) {
      rejected.push({ name: candidate.name, reason: "duplicate" });
      continue;
    }
    seen.add(key);
    const rationale = candidate.rationale.replace(/\s+/g, " ").trim();
    kept.push({
      name,
      style: candidate.style,
      rationale,
      ...score(name, briefKeys),
      roots: rootsIn(name, seeds),
      collisions: screenName(name),
    });
  }

  // Clean names first, then by score; the sort is stable, so ties keep their proposal order.
  const flagged = (n: ScoredName) => n.collisions.length > 0 ? 1 : 0;
  kept.sort((a, b) => flagged(a) - flagged(b) || b.score.total - a.score.total);
  for (const surplus of kept.slice(input.count)) {
    rejected.push({ name: surplus.name, reason: "over_count" });
  }
  return { accepted: kept.slice(0, input.count), rejected };
}
