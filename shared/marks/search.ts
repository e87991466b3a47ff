/**
 * Icon search: which library icons depict the brief's concepts. Each concept's term and
 * related words are matched against icon names and tags, exact before stemmed, the term
 * before its related words; scores are weighted by how central each concept is.
 * Pure: the catalog is passed in.
 */
import type { Concept } from "../analysis/schema.ts";
import { stem } from "../taglines/screen.ts";
import type { Icon } from "./icons.ts";

export interface IconMatch {
  readonly icon: Icon;
  /** The concept term the icon depicts best. */
  readonly concept: string;
  /** The word of that concept (the term or a related word) that matched. */
  readonly word: string;
  readonly score: number;
}

/** How well one icon field matches one word, best kind of match first. */
const MATCH = {
  name: 10, // the icon is named for the word: "bike"
  head: 9, // the name's first word: "bike-2", "bread-slice"
  tag: 8, // an exact tag: "bicycle" on "bike"
  part: 5, // another name word: "device-watch"
  stem: 4, // a stem of a name or tag word: "pastries" ~ "pastry"
  compound: 4, // the word is built on a name word: "watchmaking"
  tagCompound: 3, // the word is built on a one-word tag: "cybersecurity"
} as const;

/** Shortest name word, and tag, a compound may be built on: "watch" in "watchmaking". */
const COMPOUND_NAME = 4;
const COMPOUND_TAG = 6;

/**
 * Icons of harm that tags tie to the businesses fighting it ("virus" is tagged cybersecurity):
 * a brand shows what it offers, so these count only when the concept names them outright.
 */
const GRIM = new Set([
  "virus",
  "bug",
  "skull",
  "bomb",
  "biohazard",
  "radioactive",
  "alert-triangle",
  "flame",
  "ghost",
  "spider",
  "coffin",
  "grave",
  "germ",
  "bacteria",
  "poison",
]);

/** How much each later concept (in the analysis' order) counts for less than the one before. */
const RANK_STEP = 0.06;

/** Related words count for less than the concept's own term. */
const RELATED_FACTOR = 0.45;

interface Indexed {
  readonly icon: Icon;
  readonly base: string;
  readonly nameWords: readonly string[];
  /** Tag → its position: sets list an icon's most telling tags first. */
  readonly tags: ReadonlyMap<string, number>;
  readonly stems: ReadonlySet<string>;
  /** Name words and one-word tags long enough to recognise inside a compound. */
  readonly nameParts: readonly string[];
  readonly tagParts: readonly string[];
}

const indexes = new WeakMap<readonly Icon[], Indexed[]>();

function indexOf(icons: readonly Icon[]): Indexed[] {
  let index = indexes.get(icons);
  if (!index) {
    index = icons.map((icon) => {
      const nameWords = icon.name.split("-").filter((w) => !/^\d+$/.test(w));
      const tagWords = icon.tags.flatMap((t) => t.split(/[\s-]+/));
      return {
        icon,
        base: nameWords.join("-"),
        nameWords,
        tags: new Map(icon.tags.map((t, i) => [t, i])),
        stems: new Set([...nameWords, ...tagWords].map(stem)),
        nameParts: nameWords.filter((w) => w.length >= COMPOUND_NAME),
        tagParts: icon.tags.filter((t) => t.length >= COMPOUND_TAG && /^[a-z]+$/.test(t)),
      };
    });
    indexes.set(icons, index);
  }
  return index;
}

interface QueryWord {
  readonly word: string;
  readonly stems: readonly string[];
  readonly factor: number;
}

/** A concept's words, lower-cased and stemmed once per search. */
function queryWords(concept: Concept): QueryWord[] {
  const word = (text: string, factor: number): QueryWord => {
    const lower = text.toLowerCase();
    return { word: lower, stems: lower.split(/[\s-]+/).filter(Boolean).map(stem), factor };
  };
  return [word(concept.term, 1), ...concept.related.map((r) => word(r, RELATED_FACTOR))];
}

function wordScore(entry: Indexed, { word, stems }: QueryWord): number {
  if (entry.base === word || entry.icon.name === word) return MATCH.name;
  if (entry.nameWords[0] === word) return MATCH.head;
  const tag = entry.tags.get(word);
  if (tag !== undefined) return MATCH.tag - Math.min(tag, 10) * 0.05;
  if (entry.nameWords.includes(word)) return MATCH.part;
  if (stems.length > 0 && stems.every((s) => entry.stems.has(s))) return MATCH.stem;
  if (/^[a-z]+$/.test(word)) {
    const builtOn = (part: string) =>
      part.length < word.length && (word.startsWith(part) || word.endsWith(part));
    if (entry.nameParts.some(builtOn)) return MATCH.compound;
    if (entry.tagParts.some(builtOn)) return MATCH.tagCompound;
  }
  return 0;
}

function conceptScore(
  entry: Indexed,
  words: readonly QueryWord[],
): { score: number; word: string; direct: boolean } {
  let best = { score: 0, word: "", direct: false };
  for (const query of words) {
    const score = wordScore(entry, query) * query.factor;
    if (score > best.score) best = { score, word: query.word, direct: query.factor === 1 };
  }
  return best;
}

/**
 * The `limit` best icons for the concepts, one per base name (the "bike" of Tabler and of
 * Lucide, or "bike" and "bike-2", count once). Ties go to the shorter, plainer name.
 */
export function searchIcons(
  icons: readonly Icon[],
  concepts: readonly Concept[],
  limit = 8,
): IconMatch[] {
  const queries = concepts.map((concept) => ({ concept, words: queryWords(concept) }));
  const matches: IconMatch[] = [];
  for (const entry of indexOf(icons)) {
    let total = 0;
    let top: { score: number; word: string; concept: string; direct: boolean } | undefined;
    // The best concept counts in full, others add a third when the icon is named or tagged for
    // them outright: an icon that fits two concepts beats one that fits one, but a related
    // word's echo never outweighs the central concept's own icon.
    for (const [rank, { concept, words }] of queries.entries()) {
      const { score, word, direct } = conceptScore(entry, words);
      if (score === 0 || (GRIM.has(entry.base) && score < MATCH.name)) continue;
      // Central concepts dominate: a peripheral word's exact icon must not beat the offering's,
      // and between equal weights the analysis' order (most central first) decides.
      const weighted = score * concept.weight ** 1.5 * (1 - RANK_STEP * Math.min(rank, 5));
      if (direct) total += weighted;
      if (!top || weighted > top.score) {
        top = { score: weighted, word, concept: concept.term, direct };
      }
    }
    if (!top) continue;
    total = top.score + (total - (top.direct ? top.score : 0)) / 3;
    // Specific variants ("bike-rack-2") lose to the plain icon when both match.
    const plainness = 0.3 * (entry.nameWords.length - 1) +
      (entry.base !== entry.icon.name ? 0.2 : 0);
    matches.push({
      icon: entry.icon,
      concept: top.concept,
      word: top.word,
      score: total - plainness,
    });
  }
  matches.sort((a, b) =>
    b.score - a.score || a.icon.name.length - b.icon.name.length ||
    a.icon.name.localeCompare(b.icon.name) || a.icon.set.localeCompare(b.icon.set)
  );
  const seen = new Set<string>();
  const out: IconMatch[] = [];
  for (const match of matches) {
    const base = match.icon.name.replace(/-\d+$/, "");
    if (seen.has(base)) continue;
    seen.add(base);
    out.push(match);
    if (out.length === limit) break;
  }
  return out;
}
