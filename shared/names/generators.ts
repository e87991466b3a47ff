/**
 * One offline generator per naming style. Each proposes a single candidate (or nothing when
 * the brief gives it no material); the caller filters, dedupes and scores.
 */
import type { MeaningGroup, NamingResearch } from "../research/naming.ts";
import type { NameStyle } from "../research/naming_schema.ts";
import { blends, coinName, firstSyllable, joinSmooth } from "./morphology.ts";
import { capitalize } from "./normalize.ts";
import { pronounceability } from "./phonetics.ts";
import type { Random } from "../random.ts";
import type { NameCandidate } from "./schema.ts";
import type { BriefWord } from "./stems.ts";

export interface NamingContext {
  rng: Random;
  research: NamingResearch;
  words: readonly BriefWord[];
  /** Short forms of the brief's words, for blends ("vegetables" → "veget"). */
  stems: readonly { stem: string; word: string }[];
  meanings: readonly MeaningGroup[];
  /** Descriptors that fit the brief's industry, then the general ones. */
  descriptors: readonly string[];
  minLength: number;
  maxLength: number;
}

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

const descriptive: NameGenerator = ({ rng, words, descriptors }) => {
  const word = maybe(rng, words.filter((w) => w.key.length <= 9 && !NOT_A_NOUN.test(w.key)));
  const descriptor = rng.pick(descriptors);
  if (!word || word.key === descriptor) return undefined;
  return {
    name: `${capitalize(word.key)} ${capitalize(descriptor)}`,
    style: "descriptive",
    rationale: `Says what it is: "${word.key}" plus "${descriptor}".`,
  };
};

const suggestive: NameGenerator = ({ rng, research, meanings }) => {
  const group = rng.pick(meanings);
  const root = rng.pick(group.roots);
  return {
    name: capitalize(joinSmooth(root.root, rng.pick(research.endings))),
    style: "suggestive",
    rationale: `Suggests ${group.meaning} through the root "${root.root}" (${root.gloss}).`,
  };
};

const compound: NameGenerator = ({ rng, research, words, meanings }) => {
  const firsts = [
    ...words.filter((w) => w.key.length <= 6).map((w) => w.key),
    ...meanings.flatMap((m) => m.images).filter((image) => image.length <= 6),
  ];
  const first = maybe(rng, firsts) ?? rng.pick(research.compoundParts);
  const second = rng.pick(research.compoundParts);
  if (first === second) return undefined;
  return {
    name: capitalize(first + second),
    style: "compound",
    rationale: `Joins "${first}" and "${second}" into one picture.`,
  };
};

const portmanteau: NameGenerator = ({ rng, stems, meanings }) => {
  const sources = [
    ...stems,
    ...meanings.flatMap((m) => m.images.map((image) => ({ stem: image, word: image }))),
  ];
  const a = rng.pick(sources);
  const b = rng.pick(sources);
  if (a.stem === b.stem) return undefined;
  // The easiest to say of the possible blends, with a little variety among the best.
  const ranked = blends(a.stem, b.stem)
    .map((blend) => ({ blend, ease: pronounceability(blend) }))
    .sort((x, y) => y.ease - x.ease)
    .slice(0, 3);
  const chosen = maybe(rng, ranked);
  if (!chosen) return undefined;
  return {
    name: capitalize(chosen.blend),
    style: "portmanteau",
    rationale: `Blend of "${a.word}" and "${b.word}".`,
  };
};

const metaphor: NameGenerator = ({ rng, meanings }) => {
  const group = rng.pick(meanings);
  const image = rng.pick(group.images);
  return {
    name: capitalize(image),
    style: "metaphor",
    rationale: `"${capitalize(image)}" stands for ${group.meaning}.`,
  };
};

/** Any evocative word of the research, not only the brief's meanings: surprise is the point. */
const realWord: NameGenerator = ({ rng, research }) => {
  const group = rng.pick(research.meanings);
  const word = rng.pick(group.images);
  return {
    name: capitalize(word),
    style: "real_word",
    rationale: `A real word used out of context; "${capitalize(word)}" evokes ${group.meaning}.`,
  };
};

const invented: NameGenerator = (ctx) => {
  const source = ctx.rng.chance(0.5) ? maybe(ctx.rng, ctx.words) : undefined;
  const lead = source ? firstSyllable(source.key) : "";
  const name = coinName(ctx.rng, coinedLength(ctx), ctx.research, lead);
  // coinName drops a lead that does not fit the length: only credit the brief when it stayed.
  const echoed = source && lead && name.toLowerCase().startsWith(lead) ? source.key : undefined;
  return {
    name,
    style: "invented",
    rationale: echoed
      ? `Coined from the first sound of "${echoed}": no prior meaning, so it is yours to fill.`
      : "Coined from easy sounds: no prior meaning, so it is yours to fill.",
  };
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
