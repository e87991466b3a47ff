/**
 * Icon search: which library icons depict the brief's concepts. Each concept's term and
 * related words are matched against icon names and tags, exact before stemmed, the term
 * before its related words; scores add up over concepts, weighted by how central each is.
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
  head: 8, // the name's first word: "bike-2", "bread-slice"
  tag: 6, // an exact tag: "bicycle" on "bike"
  part: 5, // another name word: "device-watch"
  stem: 4, // a stem of a name or tag word: "pastries" ~ "pastry"
} as const;

/** Related words count for less than the concept's own term. */
const RELATED_FACTOR = 0.45;

interface Indexed {
  readonly icon: Icon;
  readonly base: string;
  readonly nameWords: readonly string[];
  readonly tags: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
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
        tags: new Set(icon.tags),
        stems: new Set([...nameWords, ...tagWords].map(stem)),
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
  if (entry.tags.has(word)) return MATCH.tag;
  if (entry.nameWords.includes(word)) return MATCH.part;
  if (stems.length > 0 && stems.every((s) => entry.stems.has(s))) return MATCH.stem;
  return 0;
}

function conceptScore(
  entry: Indexed,
  words: readonly QueryWord[],
): { score: number; word: string } {
  let best = { score: 0, word: "" };
  for (const query of words) {
    const score = wordScore(entry, query) * query.factor;
    if (score > best.score) best = { score, word: query.word };
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
    let top: { score: number; word: string; concept: string } | undefined;
    for (const { concept, words } of queries) {
      const { score, word } = conceptScore(entry, words);
      if (score === 0) continue;
      const weighted = score * (0.35 + 0.65 * concept.weight);
      total += weighted;
      if (!top || weighted > top.score) top = { score: weighted, word, concept: concept.term };
    }
    if (!top) continue;
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
