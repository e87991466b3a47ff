/**
 * Taglines without a model: research formulas filled with the brief's own subjects and the
 * tone's vocabulary, screened by the same rules as model answers. Deterministic: the PRNG is
 * seeded from the input.
 */
import { randomFor } from "../names/random.ts";
import type { Random } from "../random.ts";
import type { NamingResearch } from "../research/naming.ts";
import type { Formula, TaglineResearch, ToneLexicon } from "../research/taglines.ts";
import { finalizeTaglines, rulesFor } from "./finalize.ts";
import type { Tagline, TaglinesInput } from "./schema.ts";
import { clicheFinderFor, screenTagline } from "./screen.ts";
import { taglineAudiences, taglineSubjects } from "./subjects.ts";
import { normalizeTagline, taglineKey } from "./text.ts";
import { resolveTone } from "./tone.ts";

/** Attempts per requested line before giving up. */
const ATTEMPTS_PER_TAGLINE = 150;

/** With include_name, about a third of the lines are signed with the name. */
const NAMED_SHARE = 0.35;

const ADJECTIVE_SLOTS = new Set(["adj", "adj2", "adj3"]);

/** Capitalises each sentence: "more heart. less fuss." → "More heart. Less fuss." */
export function sentenceCase(text: string): string {
  return text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, lead, ch) => lead + ch.toUpperCase());
}

/** Fills one formula; the adjective slots of a line always get different words. */
export function renderFormula(
  formula: Formula,
  rng: Random,
  words: ToneLexicon,
  sources: { subjects: readonly string[]; audiences: readonly string[]; brandName: string },
): string {
  const lists: Record<string, readonly string[]> = {
    noun: sources.subjects,
    audience: sources.audiences,
    name: [sources.brandName],
    comparative: words.comparatives,
    verb: words.verbs,
    move: words.moves,
    benefit: words.benefits,
    closer: words.closers,
    quality: words.qualities,
    pain: words.pains,
  };
  const usedAdjectives = new Set<string>();
  const text = formula.pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (ADJECTIVE_SLOTS.has(slot)) {
      const adjective = rng.pick(words.adjectives.filter((a) => !usedAdjectives.has(a)));
      usedAdjectives.add(adjective);
      return adjective;
    }
    const options = lists[slot];
    if (!options) throw new Error(`formula ${formula.id} uses unknown slot {${slot}}`);
    return rng.pick(options);
  });
  return sentenceCase(text);
}

/**
 * Up to `input.count` distinct lines within the word limit, in generation order. Without a
 * tone (in the request or the brief) the lines take turns through every tone.
 */
export function generateTaglinesOffline(
  input: TaglinesInput,
  research: TaglineResearch,
  naming: NamingResearch,
): Tagline[] {
  const rng = randomFor({ generator: "taglines-offline", research: research.version, input });
  const tone = resolveTone(input, research);
  const tones = tone ? [tone] : research.tones;
  const sources = {
    subjects: taglineSubjects(input.brief, naming, research),
    audiences: taglineAudiences(input.brief, research),
    brandName: input.brand_name,
  };
  const signed = research.formulas.filter((f) => f.pattern.includes("{name}"));
  const unsigned = research.formulas.filter((f) => !f.pattern.includes("{name}"));
  const rules = rulesFor(input);
  const cliche = clicheFinderFor(research);
  const seen = new Set<string>();
  const candidates: Tagline[] = [];

  const budget = input.count * ATTEMPTS_PER_TAGLINE;
  for (let turn = 0; candidates.length < input.count && turn < budget; turn++) {
    const lineTone = tones[turn % tones.length];
    const formula = input.include_name && signed.length > 0 && rng.chance(NAMED_SHARE)
      ? rng.pick(signed)
      : rng.pick(unsigned);
    const text = normalizeTagline(
      renderFormula(formula, rng, research.lexicon[lineTone], sources),
    );
    const key = taglineKey(text);
    if (seen.has(key) || screenTagline(text, rules, cliche)) continue;
    seen.add(key);
    candidates.push({ text, tone: lineTone, rationale: formula.rationale });
  }
  return finalizeTaglines(candidates, input, research).accepted;
}
