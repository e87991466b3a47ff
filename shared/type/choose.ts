/**
 * chooseType: the heading and body families for a brief, from its analysis. Personality
 * decides (a premium atelier gets a high-contrast serif, a children's clinic a rounded sans);
 * the industry nudges categories; among near-equal fits the brief's own words pick, so two
 * playful brands do not all get the same face.
 */
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import { fnv1a } from "../random.ts";
import {
  FALLBACK_FAMILY,
  PAIRINGS,
  TYPE_FAMILIES,
  type TypeCategory,
  type TypeFamily,
  typeFamily,
} from "./families.ts";

export interface TypeChoice {
  readonly heading: TypeFamily;
  readonly body: TypeFamily;
  /** Why, in a sentence a founder can read. */
  readonly reason: string;
}

/** The analysis' first personality counts most. */
const BRIEF_RANK = [3, 2, 1];
/** A family's first tag is what it says most. */
const FAMILY_RANK = [1, 0.7, 0.45];
/** Fits within this score of the best are equally good; the brief picks among them. */
const TIE_MARGIN = 0.4;

/** Categories an industry's customers expect (color research industry ids). */
const INDUSTRY_CATEGORIES: Readonly<Record<string, Partial<Record<TypeCategory, number>>>> = {
  kids: { rounded: 1.5, display: 0.3 },
  education: { rounded: 0.5, humanist: 0.5 },
  technology: { geometric: 0.8, humanist: 0.4 },
  security: { geometric: 0.6, humanist: 0.6 },
  finance: { geometric: 0.5, humanist: 0.5, serif: 0.3 },
  legal: { serif: 0.8 },
  health: { humanist: 0.6, rounded: 0.4 },
  wellness: { humanist: 0.4, rounded: 0.4, serif: 0.3 },
  beauty: { serif: 0.8 },
  food: { serif: 0.4, slab: 0.4 },
  beverage: { serif: 0.4, slab: 0.4 },
  fitness: { display: 0.8 },
  mobility: { slab: 0.3, display: 0.3, geometric: 0.3 },
  pets: { rounded: 0.5 },
  energy: { geometric: 0.4 },
};

/**
 * The categories a personality reads in, beyond the faces tagged with it: a playful brand is
 * rounded before it is anything else, a premium one serif.
 */
const PERSONALITY_CATEGORIES: Readonly<
  Record<Personality, Partial<Record<TypeCategory, number>>>
> = {
  playful: { rounded: 1, display: 0.3 },
  friendly: { rounded: 0.4, geometric: 0.2 },
  caring: { rounded: 0.3, humanist: 0.3 },
  calm: { humanist: 0.3, rounded: 0.3 },
  natural: { serif: 0.3, humanist: 0.3 },
  artisanal: { serif: 0.4, slab: 0.4 },
  rugged: { slab: 0.5, display: 0.5 },
  bold: { display: 0.6, geometric: 0.3 },
  technical: { geometric: 0.5, humanist: 0.3 },
  modern: { geometric: 0.5 },
  premium: { serif: 0.8 },
  classic: { serif: 0.5, slab: 0.2 },
};

const categoryFit = (category: TypeCategory, personality: readonly Personality[]) =>
  personality.reduce(
    (sum, trait, i) =>
      sum + (PERSONALITY_CATEGORIES[trait][category] ?? 0) * (BRIEF_RANK[i] ?? 1) / 3,
    0,
  );

export function personalityFit(family: TypeFamily, personality: readonly Personality[]): number {
  return personality.reduce((sum, trait, i) => {
    const at = family.personalities.indexOf(trait);
    return at === -1 ? sum : sum + (BRIEF_RANK[i] ?? 1) * FAMILY_RANK[at];
  }, 0);
}

const headingFit = (family: TypeFamily, analysis: BriefAnalysis) =>
  personalityFit(family, analysis.personality) +
  categoryFit(family.category, analysis.personality) +
  (INDUSTRY_CATEGORIES[analysis.industry]?.[family.category] ?? 0);

/** What the brief is about, for the pick among equals: stable, and different per brief. */
const briefKey = (analysis: BriefAnalysis) =>
  fnv1a([...analysis.offerings, ...analysis.concepts.map((c) => c.term)].join("|"));

export function chooseType(analysis: BriefAnalysis): TypeChoice {
  const scored = TYPE_FAMILIES
    .map((family) => ({ family, score: headingFit(family, analysis) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0].score;
  const heading = best <= 0 ? typeFamily(FALLBACK_FAMILY) : (() => {
    const ties = scored.filter((s) => s.score >= best - TIE_MARGIN);
    return ties[briefKey(analysis) % ties.length].family;
  })();
  const body = PAIRINGS[heading.id]
    .map((id, i) => ({
      family: typeFamily(id),
      score: personalityFit(typeFamily(id), analysis.personality) + (2 - i) * 0.5,
    }))
    .sort((a, b) => b.score - a.score)[0].family;
  return { heading, body, reason: explain(heading, body, analysis.personality) };
}

/** Why a pairing, in a sentence; the fit clause names the brief's traits the face carries. */
export function explain(
  heading: TypeFamily,
  body: TypeFamily,
  personality: readonly Personality[] = [],
): string {
  const traits = personality.filter((p) => heading.personalities.includes(p));
  const fit = personality.length === 0
    ? "sets the name and headings"
    : traits.length > 0
    ? `for a ${listed(traits)} brand`
    : `as a versatile default for a ${listed(personality)} brand`;
  const text = body.id === heading.id
    ? `${heading.family} also sets the text.`
    : `${body.family}, ${body.character}, sets the text beside it.`;
  return `${heading.family}, ${heading.character}, ${fit}. ${text}`;
}

const listed = (items: readonly string[]) =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
