/** What taglines talk about: the brief's nouns and its audience, in the brief's own words. */
import type { Brief } from "../brief.ts";
import { briefWords } from "../names/stems.ts";
import type { NamingResearch } from "../research/naming.ts";
import type { TaglineResearch } from "../research/taglines.ts";

/**
 * Plural nouns read right in every formula ("Taxes with character", "Silly taxes."); single
 * words taken from prose often do not ("App with character", "Curious save."), so the
 * description contributes only its plurals.
 */
const PLURAL = /[^su]s$/;

const MAX_PHRASE_WORDS = 3;
const fits = (phrase: string) => phrase.split(/\s+/).length <= MAX_PHRASE_WORDS;

/** Lowercase a phrase's first letter unless it opens with an acronym ("AI tools"). */
const midSentence = (phrase: string) =>
  /^\p{Lu}{2}/u.test(phrase) ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);

/**
 * Subjects for {noun}: keywords as typed, the industry, then plural nouns of the description;
 * the research fallbacks when the brief offers none (for example, a brief in another script).
 */
export function taglineSubjects(
  brief: Brief,
  naming: Pick<NamingResearch, "stopwords">,
  research: Pick<TaglineResearch, "fallbackNouns">,
): string[] {
  const phrases = [...(brief.keywords ?? []), ...(brief.industry ? [brief.industry] : [])]
    .filter(fits)
    .map(midSentence);
  const nouns = briefWords(brief, naming)
    .filter((w) => w.source === "description" && PLURAL.test(w.key))
    .map((w) => w.text);
  const subjects = [...new Set([...phrases, ...nouns])];
  return subjects.length > 0 ? subjects : [...research.fallbackNouns];
}

/** Audiences for {audience}: the brief's own when short enough, then the research's. */
export function taglineAudiences(
  brief: Brief,
  research: Pick<TaglineResearch, "fallbackAudiences">,
): string[] {
  const own = brief.audience && brief.audience.split(/\s+/).length <= 4
    ? [midSentence(brief.audience.replace(/[.!?]+$/, ""))]
    : [];
  return [...own, ...research.fallbackAudiences];
}
