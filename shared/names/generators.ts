/**
 * One offline generator per naming style. Each proposes a single candidate (or nothing when
 * the brief gives it no material); the caller filters, dedupes and scores. The material is
 * the analysis' seeds (concepts, related words and their classical or foreign roots).
 */
import type { NamingResearch } from "../research/naming.ts";
import type { NameStyle } from "../research/naming_schema.ts";
import { blends, coinName, firstSyllable, joinSmooth } from "./morphology.ts";
import { capitalize, nameKey } from "./normalize.ts";
import { pronounceability } from "./phonetics.ts";
import type { Random } from "../random.ts";
import type { NameCandidate } from "./schema.ts";
import { pickSeed, type Seed } from "./seeds.ts";
import type { BriefWord } from "./stems.ts";

export interface NamingContext {
  rng: Random;
  research: NamingResearch;
  words: readonly BriefWord[];
  /** Descriptors that fit the brief's industry, then the general ones. */
  descriptors: readonly string[];
  minLength: number;
  maxLength: number;
  /** The analysis' words and roots, most central first. */
  seeds: readonly Seed[];
  /** Names the user liked: new names riff on them. */
  like: readonly string[];
  /** How much the personality calls for classical and foreign roots (1 = neutral). */
  foreignLean: number;
}

const english = (ctx: NamingContext, maxLength = 9) =>
  ctx.seeds.filter((s) => s.language === "en" && s.root.length <= maxLength);
const foreign = (ctx: NamingContext) => ctx.seeds.filter((s) => s.language !== "en");
const seedFrom = (ctx: NamingContext, seeds: readonly Seed[]) => pickSeed(ctx.rng, seeds);
const origin = (seed: Seed) =>
  seed.language === "en" ? `"${seed.root}"` : `"${seed.root}" (${seed.language}, ${seed.from})`;

export type NameGenerator = (ctx: NamingContext) => NameCandidate | undefined;

const maybe = <T>(rng: Random, items: readonly T[]): T | undefined =>
  items.length > 0 ? rng.pick(items) : undefined;

/** Coined names keep to 9 letters when the limits allow: long coinages are hard to say. */
function coinedLength(ctx: NamingContext): number {
  const low = ctx.minLength;
  const high = Math.min(ctx.maxLength, Math.max(low, 9));
  return low + ctx.rng.int(high - low + 1);
}

/** Word endings of verbs, adjectives and adverbs: "Delivering Works" describes nothing. */
const NOT_A_NOUN = /(ing|ed|ly|ive|ous|ful|able|ible)$/;

const descriptive: NameGenerator = (ctx) => {
  const seed = seedFrom(ctx, english(ctx).filter((s) => !NOT_A_NOUN.test(s.root)));
  const descriptor = ctx.rng.pick(ctx.descriptors);
  if (!seed || seed.root === descriptor) return undefined;
  return {
    name: `${capitalize(seed.root)} ${capitalize(descriptor)}`,
    style: "descriptive",
    rationale: `Says what it is: "${seed.root}" plus "${descriptor}".`,
  };
};

/** A classical or foreign root with a soft ending: "lux" → "Luxora". */
const suggestive: NameGenerator = (ctx) => {
  const seed = ctx.rng.chance(ctx.foreignLean) ? seedFrom(ctx, foreign(ctx)) : undefined;
  if (!seed) return undefined;
  const base = seed.root.length > 5 ? firstSyllable(seed.root) : seed.root;
  return {
    name: capitalize(joinSmooth(base, ctx.rng.pick(ctx.research.endings))),
    style: "suggestive",
    rationale: `Built on ${origin(seed)}, so it suggests ${seed.from} without spelling it out.`,
  };
};

const compound: NameGenerator = (ctx) => {
  const short = english(ctx, 6);
  const first = seedFrom(ctx, short);
  if (!first) return undefined;
  const others = short.filter((s) => s.from !== first.from && s.root !== first.root);
  const second = ctx.rng.chance(0.6) ? seedFrom(ctx, others)?.root : undefined;
  const tail = second ?? ctx.rng.pick(ctx.research.compoundParts);
  if (tail === first.root) return undefined;
  return {
    name: capitalize(first.root + tail),
    style: "compound",
    rationale: `Joins "${first.root}" and "${tail}" into one picture.`,
  };
};

const portmanteau: NameGenerator = (ctx) => {
  const a = seedFrom(ctx, ctx.seeds);
  const b = seedFrom(ctx, ctx.seeds.filter((s) => s.from !== a?.from));
  if (!a || !b || a.root === b.root) return undefined;
  // The easiest to say of the possible blends, with a little variety among the best.
  const ranked = blends(nameKey(a.root), nameKey(b.root))
    .map((blend) => ({ blend, ease: pronounceability(blend) }))
    .sort((x, y) => y.ease - x.ease)
    .slice(0, 3);
  const chosen = maybe(ctx.rng, ranked);
  if (!chosen) return undefined;
  return {
    name: capitalize(chosen.blend),
    style: "portmanteau",
    rationale: `Blend of ${origin(a)} and ${origin(b)}.`,
  };
};

/** A related word as the image of the brand: a lantern shop called "Glow". */
const metaphor: NameGenerator = (ctx) => {
  const seed = seedFrom(ctx, english(ctx, 8).filter((s) => s.weight < 0.7 || s.from !== s.root));
  if (!seed) return undefined;
  return {
    name: capitalize(seed.root),
    style: "metaphor",
    rationale: `"${capitalize(seed.root)}" is an image of what the brand offers.`,
  };
};

/** A real word of another language, used as it is: "Lumen", "Hora", "Forno". */
const realWord: NameGenerator = (ctx) => {
  const roots = foreign(ctx).filter((s) => s.root.length >= 4);
  const seed = ctx.rng.chance(ctx.foreignLean) ? seedFrom(ctx, roots) : undefined;
  if (!seed) return undefined;
  return {
    name: capitalize(seed.root),
    style: "real_word",
    rationale: `A real word: ${origin(seed)}; familiar in sound, new as a name.`,
  };
};

const invented: NameGenerator = (ctx) => {
  // Mostly from a seed's first sound; sometimes free, for seeds no coinage can start with.
  const seed = ctx.rng.chance(0.75) ? seedFrom(ctx, ctx.seeds) : undefined;
  const lead = seed ? firstSyllable(nameKey(seed.root)) : "";
  const name = coinName(ctx.rng, coinedLength(ctx), ctx.research, lead);
  // coinName drops a lead that does not fit the length: only credit the brief when it stayed.
  const echoed = seed && lead && name.toLowerCase().startsWith(lead) ? seed : undefined;
  return {
    name,
    style: "invented",
    rationale: echoed
      ? `Coined from the first sound of ${
        origin(echoed)
      }: no prior meaning, so it is yours to fill.`
      : "Coined from easy sounds: no prior meaning, so it is yours to fill.",
  };
};

/** The ending of a name from its last vowel group on: "Luxora" → "ora", "Velvet" → "et". */
const endingOf = (key: string) => key.match(/[aeiouy]+[^aeiouy]*$/)?.[0] ?? "";

/**
 * "More like this": a liked name's ending on one of the brief's roots ("Luxora" → "Panora"),
 * its opening with a root's ending, or a blend of the two.
 */
export const riff: NameGenerator = (ctx) => {
  if (ctx.like.length === 0) return undefined;
  const liked = ctx.rng.pick(ctx.like);
  const key = nameKey(liked);
  const seed = seedFrom(ctx, ctx.seeds.filter((s) => !key.includes(nameKey(s.root))));
  if (!seed || key.length < 3) return undefined;
  const root = nameKey(seed.root);
  const ending = endingOf(key);
  const options: NameCandidate[] = [];
  if (ending.length >= 2 && ending.length < key.length) {
    options.push({
      name: capitalize(joinSmooth(root.length > 5 ? firstSyllable(root) : root, ending)),
      style: "suggestive",
      rationale: `Like "${liked}": its ending "${ending}" on ${origin(seed)}.`,
    });
  }
  options.push({
    name: capitalize(
      joinSmooth(firstSyllable(key), endingOf(root) || ctx.rng.pick(ctx.research.endings)),
    ),
    style: "invented",
    rationale: `Like "${liked}": its opening with the ending of ${origin(seed)}.`,
  });
  const blend = maybe(ctx.rng, blends(key, root));
  if (blend) {
    options.push({
      name: capitalize(blend),
      style: "portmanteau",
      rationale: `Like "${liked}": blended with ${origin(seed)}.`,
    });
  }
  return ctx.rng.pick(options);
};

/** Initials of three to five of the brief's words, in the brief's order. */
const acronym: NameGenerator = ({ rng, words, minLength, maxLength }) => {
  const low = Math.max(3, minLength);
  const high = Math.min(5, maxLength, words.length);
  if (low > high) return undefined;
  const size = low + rng.int(high - low + 1);
  const chosen = words.filter(() => rng.chance(size / words.length)).slice(0, size);
  const name = chosen.map((w) => w.key[0].toUpperCase()).join("");
  // "CCCP" from "cloud", "clinic", "care", "platform" is a stutter, not an acronym.
  if (chosen.length < size || /(.).*\1.*\1/.test(name)) return undefined;
  return {
    name,
    style: "acronym",
    rationale: `Initials of ${chosen.map((w) => `"${w.key}"`).join(", ")}.`,
  };
};

export const generators: Readonly<Record<NameStyle, NameGenerator>> = {
  descriptive,
  suggestive,
  compound,
  portmanteau,
  metaphor,
  real_word: realWord,
  invented,
  acronym,
};
