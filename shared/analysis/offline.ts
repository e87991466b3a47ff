/**
 * PLACEHOLDER for the offline brief analysis (issue 11, item 1, built on another branch): a
 * keyword reading of the brief so the mark engine can be wired and benchmarked. It is replaced
 * wholesale at merge; nothing else should grow on it.
 */
import type { Brief } from "../brief.ts";
import { stopwords } from "../research/naming.ts";
import type { BriefAnalysis, Concept, Personality } from "./schema.ts";

const STOP = new Set([
  ...stopwords,
  ...("busy small local online weekly light travel who that offering selling making " +
    "teaching fixing delivering restoring plant based city calm anxious single origin")
    .split(" "),
]);

const PERSONALITY_CUES: readonly [RegExp, Personality][] = [
  [/child|kid|famil|pet|dog|music school/, "friendly"],
  [/child|kid|toy|play/, "playful"],
  [/clinic|dental|health|care|senior/, "caring"],
  [/yoga|calm|spa|meditat/, "calm"],
  [/organic|farm|vegan|plant|garden/, "natural"],
  [/bakery|roaster|craft|atelier|handmade|coffee/, "artisanal"],
  [/hik|camp|outdoor|repair|bike/, "rugged"],
  [/software|cyber|secur|tech|app|data/, "technical"],
  [/luxury|premium|watch|jewel/, "premium"],
  [/atelier|heritage|classic|geneva/, "classic"],
  [/software|saas|invoic|digital/, "modern"],
];

const singular = (word: string) =>
  word.endsWith("ies") && word.length > 4
    ? `${word.slice(0, -3)}y`
    : /(ss|us)$/.test(word)
    ? word
    : word.endsWith("s") && word.length > 3
    ? word.slice(0, -1)
    : word;

/** Placeholder: content words become concepts, cue words pick the personality. */
export function analyzeBrief(brief: Brief): BriefAnalysis {
  const text = [brief.description, ...(brief.keywords ?? [])].join(" ").toLowerCase();
  const words = [
    ...new Set(
      (text.match(/\p{L}+/gu) ?? []).filter((w) =>
        w.length > 2 &&
        !STOP.has(w)
      ).map(singular),
    ),
  ];
  const concepts: Concept[] = words.slice(0, 8).map((term, i) => ({
    term,
    related: [],
    weight: Math.max(0.2, 1 - i * 0.15),
  }));
  const personality = [
    ...new Set(PERSONALITY_CUES.filter(([cue]) => cue.test(text)).map(([, p]) => p)),
  ].slice(0, 3);
  return {
    version: "placeholder-0",
    source: "offline",
    industry: brief.industry ?? "general",
    offerings: [brief.description.slice(0, 80)],
    benefits: [],
    audience: brief.audience ? [brief.audience.slice(0, 80)] : [],
    place: null,
    personality: personality.length > 0 ? personality : ["modern"],
    concepts: concepts.length > 0 ? concepts : [{ term: "brand", related: [], weight: 1 }],
  };
}
