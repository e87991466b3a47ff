/**
 * A grammar check for taglines, from a model or the offline composer, and for the quality
 * bench. A line passes when it is capitalised and punctuated like a sentence, and every
 * fragment of it (split at . ! ?) either has a verb or is a well-formed noun phrase; an
 * adjective stuck onto an audience ("Precise hikers.") or adjectives alone ("Serious. Big.")
 * fail. compromise tags the words.
 */
import nlp from "compromise";
import { AUDIENCE_NOUNS } from "../analysis/cues.ts";
import { singularize } from "../analysis/inflect.ts";

export type GrammarProblem =
  | "not_capitalized"
  | "bad_punctuation"
  | "no_head"
  | "adjective_audience"
  | "dangling_word";

export interface GrammarVerdict {
  ok: boolean;
  problems: GrammarProblem[];
}

/** Words a fragment must not end on: "Fresh bread for." */
const DANGLING = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "for",
  "to",
  "of",
  "with",
  "your",
  "our",
  "in",
  "on",
  "at",
  "by",
  "from",
  "that",
  "who",
]);

interface Term {
  text: string;
  normal: string;
  tags: string[];
}

const isPersonWord = (t: Term) => {
  const w = singularize(t.normal);
  return AUDIENCE_NOUNS.has(w) || t.tags.includes("Actor") ||
    /(er|ist|ian)s$/.test(t.normal) && t.tags.includes("Plural");
};

function checkFragment(fragment: string): GrammarProblem[] {
  const terms = (nlp(fragment).json() as { terms: Term[] }[]).flatMap((s) => s.terms)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (terms.length === 0) return [];
  const problems: GrammarProblem[] = [];
  const has = (tag: string) => terms.some((t) => t.tags.includes(tag));
  const last = terms.at(-1)!;
  if (DANGLING.has(last.normal)) problems.push("dangling_word");
  const verb = has("Verb") && !terms.every((t) => t.tags.includes("Adjective"));
  const noun = has("Noun") || has("Pronoun");
  if (!verb && !noun) problems.push("no_head");
  // "Reliable families.": adjectives then an audience noun, and nothing else.
  const adjectives = terms.slice(0, -1);
  if (
    !verb && adjectives.length > 0 && adjectives.every((t) => t.tags.includes("Adjective")) &&
    isPersonWord(last)
  ) {
    problems.push("adjective_audience");
  }
  return problems;
}

/** Whether a tagline is grammatical, and if not, why. */
export function checkGrammar(text: string): GrammarVerdict {
  const problems = new Set<GrammarProblem>();
  const trimmed = text.trim();
  if (!/^[\p{Lu}\p{N}"'“]/u.test(trimmed)) problems.add("not_capitalized");
  if (
    /\s[,.!?;:]/.test(trimmed) || /[,;:]$/.test(trimmed) || /\.\./.test(trimmed) ||
    /[,.!?;:][\p{L}]/u.test(trimmed.replace(/\b\p{Lu}\.(\p{Lu}\.)+/gu, ""))
  ) {
    problems.add("bad_punctuation");
  }
  for (const fragment of trimmed.split(/[.!?]+/).map((f) => f.trim()).filter(Boolean)) {
    for (const p of checkFragment(fragment)) problems.add(p);
  }
  return { ok: problems.size === 0, problems: [...problems] };
}
