/**
 * The one post-processor for taglines, from a model or the offline generator: normalise,
 * screen, drop ungrammatical lines (when given a grammar check) and duplicates (ignoring case
 * and punctuation), and keep the first `count`.
 */
import type { TaglineResearch } from "../research/taglines.ts";
import type { Tagline, TaglinesInput } from "./schema.ts";
import {
  clicheFinderFor,
  screenTagline,
  type TaglineRejection,
  type TaglineRules,
} from "./screen.ts";
import { normalizeTagline, taglineKey } from "./text.ts";

export interface RejectedTagline {
  text: string;
  reason: TaglineRejection | "ungrammatical";
  /** The cliché or avoid word that matched. */
  detail?: string;
}

export interface FinalizedTaglines {
  /** In the order proposed: a model lists its strongest lines first. */
  accepted: Tagline[];
  rejected: RejectedTagline[];
}

/** The screening rules a request sets. */
export function rulesFor(input: TaglinesInput): TaglineRules {
  return {
    brandName: input.brand_name,
    includeName: input.include_name,
    maxWords: input.max_words,
    avoid: input.brief.avoid ?? [],
  };
}

export function finalizeTaglines(
  candidates: readonly Tagline[],
  input: TaglinesInput,
  research: TaglineResearch,
  grammar?: (text: string) => { ok: boolean; problems: string[] },
): FinalizedTaglines {
  const cliche = clicheFinderFor(research);
  const rules = rulesFor(input);
  const seen = new Set<string>();
  const accepted: Tagline[] = [];
  const rejected: RejectedTagline[] = [];

  for (const candidate of candidates) {
    const text = normalizeTagline(candidate.text);
    const problem = screenTagline(text, rules, cliche);
    if (problem) {
      rejected.push({ text: candidate.text, ...problem });
      continue;
    }
    const verdict = grammar?.(text);
    if (verdict && !verdict.ok) {
      rejected.push({
        text: candidate.text,
        reason: "ungrammatical",
        detail: verdict.problems.join(","),
      });
      continue;
    }
    const key = taglineKey(text);
    if (seen.has(key)) {
      rejected.push({ text: candidate.text, reason: "duplicate" });
      continue;
    }
    seen.add(key);
    const rationale = candidate.rationale.replace(/\s+/g, " ").trim();
    if (accepted.length < input.count) accepted.push({ text, tone: candidate.tone, rationale });
    else rejected.push({ text, reason: "over_count" });
  }
  return { accepted, rejected };
}
