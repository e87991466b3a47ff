/**
 * Taglines grammatical by construction: each template knows the part of speech of every slot
 * and inflects what it puts there with compromise (plural offerings, imperative verbs, verbs
 * that agree with their subject, a/an). Every line is built on an offering or a benefit of
 * the analysis, and its rationale says what that very line does.
 */
import nlp from "compromise";
import { conjugate, isUncountable, pluralize } from "../analysis/inflect.ts";
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import type { Random } from "../random.ts";
import type { ToneLexicon } from "../research/taglines.ts";
import type { TaglineTone } from "../research/taglines_schema.ts";

/** A phrase from the analysis, read for how it can be used. */
export interface Material {
  /** Offerings as plural (or mass) noun phrases: "solar lanterns", "bike repair". */
  offerings: string[];
  /** Benefits that are noun phrases: "healthy smiles", "an easy start". */
  benefitNouns: string[];
  /** Benefits that are verb phrases, infinitive first: "travel light". */
  benefitVerbs: string[];
  audiences: string[];
  /** Offerings' head nouns ("lanterns"), for lines with room for two words only. */
  heads: string[];
}

export interface Composed {
  text: string;
  rationale: string;
}

export type Template = (
  m: Material,
  rng: Random,
  words: ToneLexicon,
) => Composed | undefined;

const pick = <T>(rng: Random, items: readonly T[]): T | undefined =>
  items.length > 0 ? rng.pick(items) : undefined;

/** Capital first letter, one full stop at the end (unless the line ends on ! or ?). */
export function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const capped = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capped) ? capped : `${capped}.`;
}

/** Whether a noun phrase is plural: its first noun is ("healthy smiles"; not "an easy start"). */
export function isPluralPhrase(phrase: string): boolean {
  // The head comes before a relative clause or a prepositional tail: "craft that lasts
  // generations" is singular, "rides that keep rolling" plural.
  const core = phrase.split(/\s+(?:that|which|who|to|for|with|of|in|on)\s+/i)[0];
  const terms = (nlp(core).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  const head = terms.find((t) => t.tags.includes("Noun"));
  return head ? head.tags.includes("Plural") : /s$/.test(core);
}

/** Lower case for use inside a line, except acronyms and proper words ("SEO", "Italian food"). */
const midSentence = (phrase: string) =>
  phrase.split(" ").map((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && !PROPER.test(w) ? w.toLowerCase() : w)
    .join(" ");
/** Capitalised words that stay capitalised: nationalities and the like (a short list). */
const PROPER =
  /^(Italian|French|Spanish|Portuguese|German|Greek|Japanese|Thai|Indian|Mexican|Chinese|Korean|Turkish|Swiss|British|English|American|Nordic|Scandinavian)$/;

/** "Sourdough bread for bread baked fresh" says bread twice. */
const sharesWord = (a: string, b: string) => {
  const words = new Set(a.split(/\W+/).filter((w) => w.length > 3).map((w) => w.slice(0, 4)));
  return b.split(/\W+/).some((w) => w.length > 3 && words.has(w.slice(0, 4)));
};

/** Reads the analysis into slot material: offerings pluralised, benefits split by kind. */
export function materialOf(analysis: BriefAnalysis, fallbackNouns: readonly string[]): Material {
  // Lines are written in English: phrases in another script cannot be inflected into them.
  const latin = (phrase: string) => /^[\p{Script=Latin}\d\s'&-]+$/u.test(phrase);
  const own = analysis.offerings.filter(latin).map(midSentence)
    .map((o) => (isUncountable(o) ? o : pluralize(o)));
  const offerings = own.length > 0 ? own : [...fallbackNouns];
  const benefitNouns: string[] = [];
  const benefitVerbs: string[] = [];
  for (const benefit of analysis.benefits.filter(latin).map(midSentence)) {
    const terms = (nlp(benefit).json() as { terms: { tags: string[] }[] }[])
      .flatMap((t) => t.terms);
    const first = terms[0]?.tags ?? [];
    // "travel light" opens on a verb; "craft that lasts generations" is a noun with a clause.
    const verbFirst = first.includes("Verb") && !first.includes("Gerund") &&
      !/\b(that|which|who)\b/.test(benefit) && !terms.slice(1).some((t) => t.tags.includes("Verb"));
    (verbFirst ? benefitVerbs : benefitNouns).push(benefit);
  }
  const audiences = analysis.audience.filter(latin).map(midSentence)
    .filter((a) => a.split(" ").length <= 4);
  const heads = offerings.map((o) => o.split(" ").at(-1)!).filter((h) => /^[a-z-]{3,}$/.test(h));
  return {
    offerings: [...new Set(offerings)],
    benefitNouns,
    benefitVerbs,
    audiences,
    heads: [...new Set(heads)],
  };
}

/** Tone adjectives that say something odd in front of a product ("silly tours", "loud care"). */
const NOT_BEFORE_OFFERINGS = new Set([
  "silly",
  "loud",
  "big",
  "raw",
  "sharp",
  "cheeky",
  "bouncy",
  "tasty",
  "curious",
  "soft",
  "clear",
  "rare",
  "serious",
  "easy",
  "warm",
  "happy",
  "steady",
]);

/** "Honest sourdough bread." */
const adjectiveOffering: Template = (m, rng, words) => {
  const offering = pick(rng, m.offerings);
  const adjective = pick(rng, words.adjectives.filter((a) => !NOT_BEFORE_OFFERINGS.has(a)));
  if (!offering || !adjective || offering.startsWith(adjective)) return undefined;
  return {
    text: sentence(`${adjective} ${offering}`),
    rationale: `Puts the brand's voice ("${adjective}") on what it sells: ${offering}.`,
  };
};

/** "Solar lanterns, made to last." */
const offeringCloser: Template = (m, rng, words) => {
  const offering = pick(rng, m.offerings);
  const closer = pick(rng, words.closers);
  if (!offering || !closer) return undefined;
  return {
    text: sentence(`${offering}, ${closer}`),
    rationale: `Names the offering (${offering}) and promises it is ${closer}.`,
  };
};

/** "Solar lanterns for hikers." */
const offeringForAudience: Template = (m, rng) => {
  const offering = pick(rng, m.offerings);
  const audience = pick(rng, m.audiences);
  if (!offering || !audience) return undefined;
  return {
    text: sentence(`${offering} for ${audience}`),
    rationale: `Says plainly what is sold (${offering}) and who it is for (${audience}).`,
  };
};

/** "Paediatric dental care for healthy smiles." */
const offeringForBenefit: Template = (m, rng) => {
  const offering = pick(rng, m.offerings);
  const benefit = pick(rng, m.benefitNouns);
  if (!offering || !benefit || sharesWord(offering, benefit)) return undefined;
  return {
    text: sentence(`${offering} for ${benefit}`),
    rationale: `Ties the offering (${offering}) to what the customer gets: ${benefit}.`,
  };
};

/** "Travel light with solar lanterns." */
const benefitWithOffering: Template = (m, rng) => {
  const benefit = pick(rng, m.benefitVerbs);
  const offering = pick(rng, m.offerings);
  if (!benefit || !offering) return undefined;
  const [verb, ...rest] = benefit.split(" ");
  const imperative = [conjugate(verb).infinitive, ...rest].join(" ");
  return {
    text: sentence(`${imperative} with ${offering}`),
    rationale: `An imperative made of the benefit "${benefit}", with ${offering} as the way there.`,
  };
};

/** "Healthy smiles start here." / "Calm mornings begin here." */
const benefitStartsHere: Template = (m, rng) => {
  const benefit = pick(rng, m.benefitNouns);
  if (!benefit) return undefined;
  // "An easy start begins here" says one thing twice: such a benefit simply is here.
  const plural = isPluralPhrase(benefit);
  const verb = rng.pick(["start", "begin"]);
  const agreed = /\b(start|begin)/i.test(benefit)
    ? (plural ? "are" : "is")
    : plural
    ? verb
    : conjugate(verb).present;
  return {
    text: sentence(`${benefit} ${agreed} here`),
    rationale: `Makes the benefit (${benefit}) the subject, and the brand the place it begins.`,
  };
};

/** "Honest bread.": the offering's head noun alone, where a line has room for two words. */
const adjectiveHead: Template = (m, rng, words) => {
  const head = pick(rng, m.heads);
  const adjective = pick(rng, words.adjectives.filter((a) => !NOT_BEFORE_OFFERINGS.has(a)));
  if (!head || !adjective) return undefined;
  return {
    text: sentence(`${adjective} ${head}`),
    rationale: `The offering in one word (${head}), in the brand's voice ("${adjective}").`,
  };
};

/** "Sourdough bread with heart." */
const offeringWithQuality: Template = (m, rng, words) => {
  const offering = pick(rng, m.offerings);
  const quality = pick(rng, words.qualities);
  if (!offering || !quality) return undefined;
  return {
    text: sentence(`${offering} with ${quality}`),
    rationale: `Gives ${offering} a character the brand stands for: ${quality}.`,
  };
};

/** "Solar lanterns. Less weight to carry." */
const offeringThenBenefit: Template = (m, rng) => {
  const offering = pick(rng, m.offerings);
  const benefit = pick(rng, m.benefitNouns);
  if (!offering || !benefit || sharesWord(offering, benefit)) return undefined;
  return {
    text: `${sentence(offering)} ${sentence(benefit)}`,
    rationale: `Two beats: the offering (${offering}), then what it brings (${benefit}).`,
  };
};

export const TEMPLATES: readonly Template[] = [
  offeringForBenefit,
  benefitWithOffering,
  offeringCloser,
  offeringForAudience,
  benefitStartsHere,
  adjectiveOffering,
  offeringThenBenefit,
  offeringWithQuality,
];

/** For lines with room for two words only: tried once the full templates run dry. */
export const SHORT_TEMPLATES: readonly Template[] = [adjectiveHead, adjectiveOffering];

/** The tagline tone each brand personality speaks in. */
const TONE_OF: Readonly<Record<Personality, TaglineTone>> = {
  playful: "playful",
  friendly: "friendly",
  caring: "friendly",
  calm: "calm",
  natural: "calm",
  artisanal: "premium",
  rugged: "bold",
  bold: "bold",
  technical: "professional",
  modern: "professional",
  premium: "premium",
  classic: "premium",
};

/** The tones of a brand's personality, in its order, each once. */
export const tonesOf = (personality: readonly Personality[]): TaglineTone[] => [
  ...new Set(personality.map((p) => TONE_OF[p])),
];

/** "Crumb: sourdough bread for families." — a line signed with the brand's name. */
export function signed(line: Composed, brandName: string): Composed {
  const body = line.text.charAt(0).toLowerCase() + line.text.slice(1);
  const keepCapital = /^\p{Lu}{2}/u.test(line.text);
  return {
    text: `${brandName}: ${keepCapital ? line.text : body}`,
    rationale: `${line.rationale} Signed with the name.`,
  };
}
