/**
 * Names without a model: morphology over the analysis' concepts, related words and their
 * classical or foreign roots, filtered, screened and scored by the same rules as model
 * answers. Deterministic: the PRNG is seeded from the input.
 */
import type { BriefAnalysis } from "../analysis/schema.ts";
import type { NamingResearch } from "../research/naming.ts";
import type { NameStyle } from "../research/naming_schema.ts";
import { checkName, limitsFor } from "./constraints.ts";
import { finalizeNames } from "./finalize.ts";
import { generators, type NamingContext, riff } from "./generators.ts";
import { nameKey, normalizeName } from "./normalize.ts";
import { pronounceability } from "./phonetics.ts";
import { randomFor } from "./random.ts";
import type { NameCandidate, NamesInput, ScoredName } from "./schema.ts";
import { scorerFor } from "./score.ts";
import { screenName } from "./screen.ts";
import { foreignLean, namingSeeds } from "./seeds.ts";
import { briefWords, evokes } from "./stems.ts";

/** Offline names must be easy to say and spell: a model may be bolder, the fallback plays safe. */
export const MIN_OFFLINE_PRONOUNCEABILITY = 60;

/** Misses in a row after which a style is taken to have nothing more to offer for a brief. */
const MISSES_BEFORE_EXHAUSTED = 40;

/** Attempts per requested name before giving up (never reached with valid limits). */
const ATTEMPTS_PER_NAME = 200;

function namingContext(
  input: NamesInput,
  research: NamingResearch,
  analysis: BriefAnalysis,
): NamingContext {
  const words = briefWords(input.brief, research);
  const industry = research.descriptors.byIndustry
    .filter((d) => words.some((w) => d.triggers.some((t) => evokes(t, w.key))))
    .flatMap((d) => d.words);
  // Roots the liked names already use come up twice as often: that is what was liked.
  const liked = input.like.map(nameKey);
  const seeds = namingSeeds(analysis).map((s) =>
    liked.some((l) => l.includes(nameKey(s.root))) ? { ...s, weight: s.weight * 2 } : s
  );
  return {
    rng: randomFor({ generator: "names-offline", research: research.version, input }),
    research,
    words,
    descriptors: [...industry, ...research.descriptors.general],
    minLength: input.min_length,
    maxLength: input.max_length,
    seeds,
    like: input.like,
    foreignLean: foreignLean(analysis.personality),
  };
}

/**
 * `input.count` distinct, pronounceable names within the limits, best first. Styles take
 * turns in the requested order; when the brief gives a style nothing more (few words, tight
 * limits, many avoid words), invented names fill the remaining places, labelled as such.
 */
export function generateNamesOffline(
  input: NamesInput,
  analysis: BriefAnalysis,
  research: NamingResearch,
): ScoredName[] {
  const ctx = namingContext(input, research, analysis);
  const score = scorerFor(research);
  const limits = limitsFor(input);
  const briefKeys = ctx.words.map((w) => w.key);
  // Excluded and liked names are never offered again.
  const seen = new Set<string>([...input.exclude, ...input.like].map(nameKey));
  const misses = new Map<NameStyle, number>();
  const candidates: NameCandidate[] = [];

  const usable = (candidate: NameCandidate) => {
    const name = normalizeName(candidate.name);
    if (checkName(name, limits) || seen.has(nameKey(name))) return false;
    // Cheap rejections first: the full score compares the name with every famous brand.
    if (pronounceability(name) < MIN_OFFLINE_PRONOUNCEABILITY || screenName(name).length > 0) {
      return false;
    }
    const { flags } = score(name, briefKeys);
    return !flags.hard_to_spell && !flags.looks_like_common_brand;
  };

  // Styles that run dry use up their misses before invented names take over: budget for it.
  const budget = input.count * ATTEMPTS_PER_NAME + input.styles.length * MISSES_BEFORE_EXHAUSTED;
  for (let turn = 0; candidates.length < input.count && turn < budget; turn++) {
    const live = input.styles.filter((s) => (misses.get(s) ?? 0) < MISSES_BEFORE_EXHAUSTED);
    const style: NameStyle = live.length > 0 ? live[turn % live.length] : "invented";
    // With names to riff on, every other turn is a riff.
    const candidate = input.like.length > 0 && turn % 2 === 0 ? riff(ctx) : generators[style](ctx);
    if (candidate && usable(candidate)) {
      candidates.push(candidate);
      seen.add(nameKey(normalizeName(candidate.name)));
      misses.set(style, 0);
    } else {
      misses.set(style, (misses.get(style) ?? 0) + 1);
    }
  }
  return finalizeNames(candidates, input, research, analysis).accepted;
}
