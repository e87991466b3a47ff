/**
 * The brief analysis without a model: compromise tags the description, a small chunker reads
 * offerings, audience, place and benefits off the tagged words, and the WordNet lexicon turns
 * the offerings' nouns into concrete concepts with related words. Pure and deterministic.
 *
 * It pulls in compromise and the lexicon (about 0.6 MB together): load it with a dynamic
 * import (see ./resolve.ts), never from a module every function imports.
 */
import nlp from "compromise";
import type { Brief } from "../brief.ts";
import { triggerMatches, words as wordsOf } from "../colors/associations.ts";
import { industries } from "../research/colors.ts";
import {
  ACTIVITIES,
  ASSOCIATIONS,
  AUDIENCE_NOUNS,
  BENEFIT_CUES,
  DEPICTIONS,
  EXTRA_INDUSTRY_TRIGGERS,
  GAZETTEER,
  GENERIC_HEADS,
  INDUSTRY_PERSONALITY,
  NOT_CONCEPTS,
  PERSONALITY_CUES,
  SERVICE_NOUNS,
  VENUE_OFFERINGS,
  VENUES,
} from "./cues.ts";
import { conjugate, pluralize, singularize } from "./inflect.ts";
import {
  adjectiveNouns,
  DRAWABLE_CATEGORIES,
  LEXICON_VERSION,
  noun,
  verbNouns,
} from "./lexicon.ts";
import { type BriefAnalysis, type Concept, PERSONALITIES, type Personality } from "./schema.ts";

export const ANALYSIS_VERSION = `analysis-offline-1+${LEXICON_VERSION}`;

interface Token {
  text: string;
  /** Lower case, punctuation stripped. */
  norm: string;
  tags: Set<string>;
  /** Punctuation after the word (a comma ends a chunk). */
  post: string;
  /** First word of a sentence: its capital says nothing. */
  opens: boolean;
}

type Role = "word" | "prep" | "conj" | "verb" | "rel" | "det" | "place";

/** Words compromise reads as nouns that qualify a venue ("vegan bakery", "kids club"). */
const PERSON_QUALIFIERS = new Set(["vegan", "vegetarian", "organic", "local", "family"]);

const CONJ = new Set(["and", "or", "&", "plus"]);
const RELATIVE = new Set(["who", "that", "which", "whose", "where"]);
const AUDIENCE_PREPS = new Set(["for", "to"]);
/** Verbs whose object is the customer: "helping startups with taxes". */
const SERVING_VERBS = new Set(["help", "support", "empower", "connect"]);
/** compromise does not always tag these as prepositions ("delivering boxes to families"). */
const PREPOSITIONS = new Set([
  "for",
  "to",
  "in",
  "on",
  "at",
  "from",
  "with",
  "of",
  "near",
  "across",
  "around",
  "by",
  "through",
  "into",
  "like",
]);

function tokenize(text: string): Token[] {
  const doc = nlp(text);
  const json = doc.json() as {
    terms: { text: string; normal: string; tags: string[]; post: string }[];
  }[];
  const tokens: Token[] = [];
  let joinNext = false;
  for (const t of json.flatMap((s) => s.terms.map((term, i) => ({ ...term, opens: i === 0 })))) {
    const token = {
      text: t.text,
      norm: t.normal.replace(/[^\p{L}\p{N}-]/gu, ""),
      tags: new Set(t.tags),
      post: t.post,
      opens: t.opens,
    };
    const previous = tokens.at(-1);
    // compromise splits "plant-based" in two; it is one modifier.
    if (joinNext && previous) {
      previous.text += `-${token.text}`;
      previous.norm += `-${token.norm}`;
      previous.post = token.post;
      previous.tags = new Set(["Adjective"]);
    } else if (token.norm) tokens.push(token);
    joinNext = token.post.trim() === "-";
  }
  return tokens;
}

const isNounLike = (t: Token) =>
  t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Value") ||
  noun(singularize(t.norm)) !== undefined || t.norm.includes("-");

/**
 * The role of each word. compromise reads "Bike" opening a brief as a verb and "offering"
 * as a noun; position settles it: an -ing word that takes an object is a verb, a word the
 * lexicon knows as a noun in front of a noun is a noun.
 */
function roles(tokens: Token[]): Role[] {
  const out: Role[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const previous = out[i - 1];
    const knownNoun = noun(singularize(t.norm)) !== undefined;
    let role: Role = "word";
    if (t.tags.has("Place") && /^\p{Lu}/u.test(t.text)) role = "place";
    else if (CONJ.has(t.norm)) role = "conj";
    else if (RELATIVE.has(t.norm)) role = "rel";
    else if (PREPOSITIONS.has(t.norm) || t.tags.has("Preposition")) role = "prep";
    else if (t.tags.has("Determiner") || t.tags.has("Pronoun")) role = "det";
    else {
      const objectFollows = next !== undefined && !CONJ.has(next.norm) &&
        !PREPOSITIONS.has(next.norm) && isNounLike(next);
      const afterWord = previous === "word" || previous === "place";
      if (/ing$/.test(t.norm) && t.norm.length > 5) {
        // "Invoicing software" opens the brief as a noun, "eco-friendly cleaning products"
        // qualifies one; "… studio offering calm classes" is a verb.
        const before = tokens[i - 1];
        const qualified = previous === "word" && before.tags.has("Adjective") &&
          !before.tags.has("Noun") && !VENUES.has(before.norm);
        role = objectFollows && i > 0 && !qualified ? "verb" : "word";
      } else if (t.tags.has("Verb")) {
        // "Bike repair shop", "camp lights for": a known noun next to words is a noun.
        role = knownNoun && (i === 0 || afterWord) ? "word" : "verb";
      }
    }
    out.push(role);
  });
  return out;
}

interface Chunk {
  tokens: Token[];
  /** The word that introduced the chunk: a preposition, a verb, "who", or nothing. */
  lead?: Token;
  leadRole?: Role;
}

/** Runs of content words, split at prepositions, verbs, relatives and commas. */
function chunks(tokens: Token[]): Chunk[] {
  const r = roles(tokens);
  const out: Chunk[] = [];
  let current: Chunk = { tokens: [] };
  const flush = () => {
    if (current.tokens.length > 0) out.push(current);
  };
  tokens.forEach((t, i) => {
    const role = r[i];
    if (role === "word" || role === "conj" || role === "place") {
      if (role === "place" && current.tokens.length > 0 && r[i - 1] !== "place") {
        flush();
        current = { tokens: [], lead: current.lead, leadRole: "prep" };
      }
      current.tokens.push(t);
    } else if (role !== "det") {
      flush();
      current = { tokens: [], lead: t, leadRole: role };
    }
    if (/[,;:.!?]/.test(t.post)) {
      flush();
      current = { tokens: [], lead: undefined, leadRole: undefined };
    }
  });
  flush();
  return out;
}

/**
 * The items of a coordinated chunk: "solar lanterns and camp lights" → two phrases; a lone
 * modifier shares the next item's head ("commuter and cargo bikes" → commuter bikes, cargo
 * bikes).
 */
function items(chunk: Chunk): Token[][] {
  const groups: Token[][] = [[]];
  for (const t of chunk.tokens) {
    if (CONJ.has(t.norm)) groups.push([]);
    else groups.at(-1)!.push(t);
  }
  const kept = groups.filter((g) => g.length > 0);
  return kept.map(trimTrailing).map((g, i, kept) => {
    const next = kept[i + 1];
    const modifierOnly = g.length === 1 && next && next.length > 1 &&
      !g[0].tags.has("Plural") && next.at(-1)!.tags.has("Plural");
    return modifierOnly ? [...g, next.at(-1)!] : g;
  });
}

/** "single-origin beans online" → "single-origin beans": trailing adverbs are not the thing. */
function trimTrailing(group: Token[]): Token[] {
  const describes = (t: Token) =>
    (t.tags.has("Adverb") || t.tags.has("Adjective")) && !noun(singularize(t.norm));
  let end = group.length;
  while (end > 1 && describes(group[end - 1])) end--;
  return group.slice(0, end);
}

/** Acronyms and proper words keep their capitals ("SEO", "Italian"); the rest is lower case. */
const display = (t: Token) =>
  /^\p{Lu}{2,}s?$/u.test(t.text) ||
    (/^\p{Lu}/u.test(t.text) && !t.opens && (t.tags.has("Demonym") || t.tags.has("ProperNoun")))
    ? t.text.replace(/[^\p{L}\p{N}-]/gu, "")
    : t.norm;

const phrase = (tokens: readonly Token[]) => tokens.map(display).join(" ");

const isPersonNoun = (word: string) => {
  const single = singularize(word);
  return AUDIENCE_NOUNS.has(single) || noun(single)?.category === "person";
};

const isPlace = (tokens: readonly Token[]) => {
  const text = tokens.map((t) => t.text).join(" ");
  return tokens.some((t) => t.tags.has("Place")) ||
    GAZETTEER.some((p) => text.toLowerCase().includes(p.toLowerCase()));
};

/** The first place named in the brief, as written: compromise's places, then the gazetteer. */
function findPlace(description: string): string | null {
  const lower = description.toLowerCase();
  const known = GAZETTEER.filter((p) => new RegExp(`\\b${p.toLowerCase()}\\b`).test(lower))
    .sort((a, b) => lower.indexOf(a.toLowerCase()) - lower.indexOf(b.toLowerCase()));
  if (known[0]) return known[0];
  const places = nlp(description).places().out("array") as string[];
  const place = places[0]?.replace(/[^\p{L}\p{N} '-]/gu, "").trim();
  return place && /^\p{Lu}/u.test(place) ? place.slice(0, 80) : null;
}

interface Reading {
  offerings: string[];
  audience: string[];
  benefits: string[];
  /** Content words of the offerings, singular, in order. */
  offeringWords: string[];
  /** The venue nouns ("shop", "bakery"), which can still be drawn. */
  venues: string[];
  verbs: string[];
  /** Adjectives of the offerings ("solar", "dental"), which may point at a thing. */
  modifiers: string[];
}

/**
 * Drops the venue word off an offering: "bike repair shop" → "bike repair"; a remainder of
 * modifiers only takes what the venue offers ("paediatric dental clinic" → … dental care).
 */
function withoutVenue(group: Token[], venues: string[]): string | undefined {
  const last = group.at(-1)!;
  const venue = singularize(last.norm);
  if (!VENUES.has(venue)) return phrase(group);
  venues.push(venue);
  const rest = group.slice(0, -1);
  if (rest.length === 0) return undefined;
  const head = rest.at(-1)!;
  // "Vegan bakery": a vegan is a person, so the word only qualifies the bakery.
  const nounHead = head.tags.has("Noun") && !head.tags.has("Adjective") &&
      !head.tags.has("Demonym") && !head.tags.has("ProperNoun") &&
      !isPersonNoun(head.norm) && !PERSON_QUALIFIERS.has(head.norm) || /ing$/.test(head.norm);
  if (nounHead) return phrase(rest);
  const offered = VENUE_OFFERINGS.get(venue);
  return offered ? `${phrase(rest)} ${offered}` : undefined;
}

function read(description: string): Reading {
  const tokens = tokenize(description);
  const reading: Reading = {
    offerings: [],
    audience: [],
    benefits: [],
    offeringWords: [],
    venues: [],
    verbs: [],
    modifiers: [],
  };
  let afterAudience = false;
  for (const chunk of chunks(tokens)) {
    const lead = chunk.lead?.norm ?? "";
    if (chunk.leadRole === "verb" && chunk.lead) reading.verbs.push(chunk.lead.norm);
    if (chunk.leadRole === "rel" || (chunk.leadRole === "verb" && afterAudience)) {
      // "hikers who travel light": what the audience wants is a benefit.
      const verb = chunk.lead && chunk.leadRole === "verb" ? `${chunk.lead.norm} ` : "";
      reading.benefits.push(`${verb}${phrase(chunk.tokens)}`.trim());
      continue;
    }
    if (isPlace(chunk.tokens)) continue;
    const toAudience = (chunk.leadRole === "prep" && AUDIENCE_PREPS.has(lead)) ||
      (chunk.leadRole === "verb" && SERVING_VERBS.has(conjugate(lead).infinitive));
    // "Children's music school": the owner of the possessive is the audience.
    const owner = chunk.tokens[0];
    if (owner && /'s$/.test(owner.text) && isPersonNoun(owner.norm.replace(/s$/, ""))) {
      reading.audience.push(owner.norm.replace(/'?s$/, ""));
      chunk.tokens.shift();
      if (chunk.tokens.length === 0) continue;
    }
    for (const group of items(chunk)) {
      const head = group.at(-1)!;
      if (toAudience || isPersonNoun(head.norm) && group.length <= 4) {
        reading.audience.push(phrase(group));
        afterAudience = true;
        continue;
      }
      if (chunk.leadRole === "prep" && !["of", "with"].includes(lead)) continue;
      const offering = withoutVenue(group, reading.venues);
      if (!offering) continue;
      const last = group.at(-1)!;
      if (!isNounLike(last) && !/ing$/.test(last.norm)) continue;
      reading.offerings.push(
        chunk.leadRole === "verb" && chunk.lead ? serviceOf(chunk.lead.norm, offering) : offering,
      );
      reading.offeringWords.push(
        ...group.filter((t) => !t.tags.has("Adjective")).map((t) => singularize(t.norm)),
      );
      reading.modifiers.push(
        ...group.filter((t) => t.tags.has("Adjective")).map((t) => t.norm),
      );
      afterAudience = false;
    }
  }
  return reading;
}

/** "fixing" + "cargo bikes" → "cargo bike repairs"; "selling" + "beans" → "beans". */
function serviceOf(verb: string, object: string): string {
  const service = SERVICE_NOUNS.get(conjugate(verb).infinitive);
  if (!service) return object;
  const words = object.split(" ");
  return [...words.slice(0, -1), singularize(words.at(-1)!), service].join(" ");
}

/** Words the concepts are made of, in brief order, with how central each is. */
function conceptSeeds(
  reading: Reading,
  keywords: readonly string[],
  activities: readonly string[],
): Map<string, number> {
  const seeds = new Map<string, number>();
  const add = (word: string, weight: number) => {
    if (word.length < 3 || NOT_CONCEPTS.has(word)) return;
    seeds.set(word, Math.max(seeds.get(word) ?? 0, weight));
  };
  // The activity the business is about outranks what a school or a lesson looks like.
  for (const activity of activities) {
    for (const d of ACTIVITIES.get(activity)?.depicts ?? []) add(d, 0.9);
  }
  reading.offerings.forEach((offering, i) => {
    const base = Math.max(0.35, 1 - i * 0.12);
    const raw = offering.split(" ");
    const parts = raw.map((w) => singularize(w.toLowerCase()));
    const generic = GENERIC_HEADS.has(parts.at(-1)!);
    parts.forEach((word, j) => {
      const isHead = j === parts.length - 1;
      const adjective = reading.modifiers.includes(word);
      const entry = noun(word);
      if (!adjective && entry && DRAWABLE_CATEGORIES.has(entry.category) && !isPersonNoun(word)) {
        add(word, isHead ? base : base * 0.85);
      } else if (
        !adjective && !entry && !DEPICTIONS.get(word) && !GENERIC_HEADS.has(word) &&
        !/\p{Lu}/u.test(raw[j]) &&
        /^[a-z]{3,}$/.test(word)
      ) {
        // A noun the lexicon lacks ("tyre", "bouquet") is still the brief's own thing.
        if (!/ing$/.test(word) && !AUDIENCE_NOUNS.has(word)) add(word, base * 0.7);
      }
      for (const n of adjectiveNouns(word)) {
        const about = noun(n);
        if (about && DRAWABLE_CATEGORIES.has(about.category)) add(n, base * 0.75);
      }
      const depicted = isHead ? (generic ? 0.5 : 0.8) : 0.75;
      for (const d of DEPICTIONS.get(word) ?? []) add(d, base * depicted);
    });
  });
  for (const venue of reading.venues) {
    for (const d of DEPICTIONS.get(venue) ?? []) add(d, 0.5);
  }
  for (const verb of reading.verbs) {
    for (const n of verbNouns(verb.replace(/ing$/, ""))) {
      const entry = noun(n);
      if (entry && DRAWABLE_CATEGORIES.has(entry.category)) add(n, 0.4);
    }
  }
  for (const keyword of keywords) {
    const word = singularize(keyword.toLowerCase().trim());
    if (/^[a-z-]+$/.test(word)) add(word, 0.7);
  }
  return seeds;
}

const CONCEPT_WORD = /^[a-z][a-z-]{1,39}$/;

/** A concept with its related words: associations, synonyms, parts, kinds, hypernyms. */
function concept(term: string, weight: number): Concept {
  const entry = noun(term);
  const related = [
    ...(ASSOCIATIONS.get(term) ?? []),
    ...(entry?.synonyms ?? []),
    ...(entry?.parts ?? []),
    ...(DEPICTIONS.get(term) ?? []),
    ...(entry?.kinds ?? []),
    ...(entry?.hypernyms.slice(0, 2) ?? []),
    ...(entry?.related ?? []),
  ].filter((w) => w !== term && CONCEPT_WORD.test(w));
  return {
    term,
    related: [...new Set(related)].slice(0, 24),
    weight: Math.round(Math.min(1, weight) * 100) / 100,
  };
}

/** The activities the brief names anywhere, capitalized or not ("Surf school …"). */
const activitiesOf = (description: string): string[] =>
  [...new Set(description.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((w) => ACTIVITIES.has(w));

function conceptsOf(reading: Reading, brief: Brief): Concept[] {
  const seeds = conceptSeeds(reading, brief.keywords ?? [], activitiesOf(brief.description));
  const ranked = [...seeds].sort((a, b) => b[1] - a[1])
    .filter(([term]) => CONCEPT_WORD.test(term)).slice(0, 12);
  if (ranked.length === 0) {
    // Nothing drawable in the brief: its first offering word still says what the brand is.
    const word = reading.offeringWords.find((w) => CONCEPT_WORD.test(w)) ?? "star";
    return [concept(word, 0.5)];
  }
  return ranked.map(([term, weight]) => concept(term, weight));
}

/** Word lists the industry and personality cues are matched against, with their weights. */
function signalFields(brief: Brief, reading: Reading, concepts: readonly Concept[]) {
  const audience = wordsOf([...reading.audience, brief.audience ?? ""].join(" "));
  return [
    { words: wordsOf(brief.industry ?? ""), weight: 4 },
    { words: wordsOf((brief.keywords ?? []).join(" ")), weight: 2 },
    { words: wordsOf(reading.offerings.join(" ")), weight: 3 },
    { words: wordsOf([...reading.venues, ...reading.verbs].join(" ")), weight: 2 },
    { words: concepts.flatMap((c) => [c.term, ...(noun(c.term)?.hypernyms ?? [])]), weight: 1 },
    { words: wordsOf(reading.benefits.join(" ")), weight: 1 },
    { words: audience, weight: 0.5 },
  ];
}

type Fields = ReturnType<typeof signalFields>;

function triggerScore(triggers: readonly string[], fields: Fields): number {
  let score = 0;
  for (const trigger of triggers) {
    for (const field of fields) {
      if (field.words.some((w) => triggerMatches(trigger, w))) score += field.weight;
    }
  }
  return score;
}

function industryOf(fields: Fields): string {
  let best = { id: "general", score: 0 };
  const candidates: { id: string; triggers: readonly string[]; boost?: number }[] = [
    ...EXTRA_INDUSTRY_TRIGGERS,
    ...industries,
  ];
  for (const { id, triggers, boost = 1 } of candidates) {
    const score = triggerScore(triggers, fields) * boost;
    if (score > best.score) best = { id, score };
  }
  return best.id;
}

function personalityOf(brief: Brief, fields: Fields, industry: string): Personality[] {
  const scores = new Map<Personality, number>();
  const bump = (p: Personality, by: number) => scores.set(p, (scores.get(p) ?? 0) + by);
  const all: Fields = [
    ...fields,
    { words: wordsOf(brief.tone ?? ""), weight: 4 },
    { words: wordsOf(brief.description), weight: 0.5 },
    { words: wordsOf(brief.audience ?? ""), weight: 1.5 },
  ];
  for (const cue of PERSONALITY_CUES) {
    const score = triggerScore(cue.triggers, all);
    if (score === 0) continue;
    for (const [p, w] of Object.entries(cue.weights)) bump(p as Personality, score * w);
  }
  (INDUSTRY_PERSONALITY[industry] ?? INDUSTRY_PERSONALITY.general).forEach((p, i) =>
    bump(p, 3 - i)
  );
  const ranked = [...scores].sort((a, b) =>
    b[1] - a[1] || PERSONALITIES.indexOf(a[0]) - PERSONALITIES.indexOf(b[0])
  );
  const top = ranked[0][1];
  return ranked.filter(([, s], i) => i < 2 || s >= top * 0.4).slice(0, 3).map(([p]) => p);
}

function benefitsOf(brief: Brief, reading: Reading): string[] {
  const text = wordsOf([brief.description, brief.audience ?? "", brief.tone ?? ""].join(" "));
  const cued = BENEFIT_CUES.filter((cue) =>
    cue.triggers.some((t) => text.some((w) => triggerMatches(t, w)))
  ).map((cue) => cue.benefit);
  return [...new Set([...reading.benefits, ...cued])].filter((b) => b.length <= 80).slice(0, 8);
}

const cap = (list: readonly string[], max: number) =>
  [...new Set(list.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 80))]
    .slice(0, max);

/** One reading of the brief: offerings, audience, place, personality and concepts. */
export function analyzeBrief(brief: Brief): BriefAnalysis {
  const reading = read(brief.description);
  const concepts = conceptsOf(reading, brief);
  const fields = signalFields(brief, reading, concepts);
  const industry = industryOf(fields);
  // An activity the offerings do not mention is what is sold ("Surf school …" → surf lessons).
  const activityOfferings = activitiesOf(brief.description)
    .filter((a) => !reading.offerings.some((o) => o.toLowerCase().includes(a)))
    .map((a) => ACTIVITIES.get(a)!.offering);
  const offerings = cap([...activityOfferings, ...reading.offerings], 8);
  const audience = cap([...(brief.audience ? [brief.audience] : []), ...reading.audience], 6);
  return {
    version: ANALYSIS_VERSION,
    source: "offline",
    industry,
    offerings: offerings.length > 0 ? offerings : [fallbackOffering(concepts)],
    benefits: benefitsOf(brief, reading),
    audience,
    place: findPlace(brief.description),
    personality: personalityOf(brief, fields, industry),
    concepts,
  };
}

/** A brief with no readable offering is still about its first concept. */
const fallbackOffering = (concepts: readonly Concept[]) => pluralize(concepts[0].term);
