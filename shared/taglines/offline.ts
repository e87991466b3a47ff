/**
 * Taglines without a model: part-of-speech-aware templates filled with the analysis'
 * offerings, benefits and audience and the tone's vocabulary, checked for grammar and
 * screened by the same rules as model answers. Deterministic: the PRNG is seeded from the
 * input. Loads compromise: import it lazily (the handler does).
 */
import type { BriefAnalysis } from "../analysis/schema.ts";
import { randomFor } from "../names/random.ts";
import type { TaglineResearch, ToneLexicon } from "../research/taglines.ts";
import {
  type Composed,
  materialOf,
  SHORT_TEMPLATES,
  signed,
  TEMPLATES,
  tonesOf,
} from "./compose.ts";
import { finalizeTaglines, rulesFor } from "./finalize.ts";
import { checkGrammar } from "./grammar.ts";
import type { Tagline, TaglinesInput } from "./schema.ts";
import { clicheFinderFor, screenTagline } from "./screen.ts";
import { normalizeTagline, taglineKey } from "./text.ts";
import { resolveTone } from "./tone.ts";

export { checkGrammar };

/** Attempts per requested line before giving up. */
const ATTEMPTS_PER_TAGLINE = 150;

/** With include_name, about a third of the lines are signed with the name. */
const NAMED_SHARE = 0.35;

/** Every tone's words in one vocabulary. */
function widened(research: TaglineResearch): ToneLexicon {
  const all = Object.values(research.lexicon);
  const merge = (key: keyof ToneLexicon) => [...new Set(all.flatMap((l) => l[key]))];
  return {
    adjectives: merge("adjectives"),
    comparatives: merge("comparatives"),
    verbs: merge("verbs"),
    moves: merge("moves"),
    benefits: merge("benefits"),
    closers: merge("closers"),
    qualities: merge("qualities"),
    pains: merge("pains"),
  };
}

/**
 * Up to `input.count` distinct, grammatical lines within the word limit, in generation
 * order. Without a tone (in the request or the brief) the lines take turns through the tones
 * of the brand's personality.
 */
export function generateTaglinesOffline(
  input: TaglinesInput,
  analysis: BriefAnalysis,
  research: TaglineResearch,
): Tagline[] {
  const rng = randomFor({ generator: "taglines-offline", research: research.version, input });
  const tone = resolveTone(input, research);
  const tones = tone ? [tone] : tonesOf(analysis.personality);
  const material = materialOf(analysis, research.fallbackNouns);
  // A thin brief (or one whose words are the brand's name) may give too little: late in the
  // budget, the research's neutral nouns join the offerings.
  const padded = {
    ...material,
    offerings: [...material.offerings, ...research.fallbackNouns],
    heads: [...material.heads, ...research.fallbackNouns.filter((n) => !n.includes(" "))],
  };
  const rules = rulesFor(input);
  const cliche = clicheFinderFor(research);
  const seen = new Set<string>();
  const candidates: Tagline[] = [];

  // When the tone's own words run out (tight word limits, a thin brief), every tone's words.
  const wide = widened(research);
  const budget = input.count * ATTEMPTS_PER_TAGLINE;
  for (let turn = 0; candidates.length < input.count && turn < budget; turn++) {
    const lineTone = tones[turn % tones.length];
    const early = turn < budget / 2;
    const templates = early ? TEMPLATES : [...TEMPLATES, ...SHORT_TEMPLATES];
    const template = templates[rng.int(templates.length)];
    const words = early ? research.lexicon[lineTone] : wide;
    let line: Composed | undefined = template(early ? material : padded, rng, words);
    if (!line) continue;
    if (input.include_name && rng.chance(NAMED_SHARE)) line = signed(line, input.brand_name);
    const text = normalizeTagline(line.text);
    const key = taglineKey(text);
    if (seen.has(key) || screenTagline(text, rules, cliche) || !checkGrammar(text).ok) continue;
    seen.add(key);
    candidates.push({ text, tone: lineTone, rationale: line.rationale });
  }
  return finalizeTaglines(candidates, input, research).accepted;
}
