/**
 * Screens a name against well-known brands (simple-icons titles and famous consumer brands),
 * offensive words in the major Latin-script languages (the LDNOOBW lists) and a short list of
 * everyday words that mean something unfortunate abroad. Data: data/screens.json, built by
 * scripts/build/brands.ts.
 */
import data from "./data/screens.json" with { type: "json" };
import { nameKey, nameWords } from "./normalize.ts";
import type { NameCollision } from "./schema.ts";

/** Words with an unfortunate meaning in a major language, which no list of swear words has. */
const MEANINGS: readonly { word: string; languages: string; meaning: string }[] = [
  { word: "pivo", languages: "cs,sk,sl,hr,sr", meaning: "beer" },
  { word: "fart", languages: "no,sv,da", meaning: "speed" },
  { word: "bimbo", languages: "it,en", meaning: "small child (it); a derogatory word (en)" },
  { word: "mist", languages: "de", meaning: "dung, rubbish" },
  { word: "gift", languages: "de,sv", meaning: "poison" },
  { word: "kaka", languages: "es,pt,nl,el", meaning: "poo" },
  { word: "caca", languages: "es,fr,pt,it", meaning: "poo" },
  { word: "pula", languages: "ro", meaning: "penis (vulgar)" },
  { word: "pene", languages: "it,es", meaning: "penis" },
  { word: "bite", languages: "fr", meaning: "penis (vulgar)" },
  { word: "con", languages: "fr", meaning: "idiot (vulgar)" },
  { word: "puta", languages: "es,pt", meaning: "whore" },
  { word: "merda", languages: "it,pt,ca", meaning: "shit" },
  { word: "mierda", languages: "es", meaning: "shit" },
  { word: "cazzo", languages: "it", meaning: "penis (vulgar)" },
  { word: "kurwa", languages: "pl", meaning: "whore" },
  { word: "pizda", languages: "pl,ru,sl,hr", meaning: "vulgar word for vulva" },
  { word: "chocha", languages: "es", meaning: "vulgar word for vulva" },
  { word: "concha", languages: "es", meaning: "vulgar word for vulva (Argentina)" },
  { word: "polla", languages: "es", meaning: "penis (vulgar)" },
  { word: "kuk", languages: "sv,no", meaning: "penis (vulgar)" },
  { word: "kut", languages: "nl", meaning: "vulgar word for vulva" },
  { word: "lul", languages: "nl", meaning: "penis (vulgar)" },
  { word: "pik", languages: "nl,da", meaning: "penis (vulgar)" },
  { word: "fanny", languages: "en-GB", meaning: "vulgar word for vulva" },
  { word: "sega", languages: "it", meaning: "masturbation (slang)" },
  { word: "figa", languages: "it", meaning: "vulgar word for vulva" },
  { word: "culo", languages: "es,it", meaning: "arse" },
  { word: "ano", languages: "es,it", meaning: "anus" },
  { word: "baka", languages: "ja", meaning: "fool" },
  { word: "scheisse", languages: "de", meaning: "shit" },
  { word: "kusi", languages: "fi", meaning: "urine" },
  { word: "paska", languages: "fi", meaning: "shit" },
];

const list = (joined: string) => joined.split("|").filter(Boolean);
const brands = new Set(list(data.brands));
/** Offensive word → the languages it is offensive in. */
const badWords = new Map<string, string[]>();
for (const [language, words] of Object.entries(data.bad as Record<string, string>)) {
  for (const word of list(words)) badWords.set(word, [...(badWords.get(word) ?? []), language]);
}
const meanings = new Map(MEANINGS.map((m) => [m.word, m]));

/**
 * The pieces of a name's words a listed word may hide as: each word whole, and its inner runs
 * of four letters or more (shorter words occur by chance: "class" does not hide "ass";
 * "Sol Lantern" does not hide "olla", which would need the space).
 */
function pieces(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const w of words) {
    found.add(w);
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 4; j <= w.length; j++) found.add(w.slice(i, j));
    }
  }
  return found;
}

/** Brands this short are only a collision when they are the whole name or one of its words. */
const MIN_HIDDEN_BRAND = 6;

/** Every collision of a name, brands first; empty when it is clean. */
export function screenName(name: string): NameCollision[] {
  const key = nameKey(name);
  const words = nameWords(name).map(nameKey).filter(Boolean);
  const inside = pieces(words);
  const flags: NameCollision[] = [];
  const brand = brands.has(key) ? key : words.find((w) => w.length >= 4 && brands.has(w)) ??
    [...inside].find((p) => p.length >= MIN_HIDDEN_BRAND && brands.has(p));
  if (brand) flags.push({ kind: "brand", match: brand });
  for (const piece of inside) {
    const languages = badWords.get(piece);
    if (languages) flags.push({ kind: "offensive", match: piece, language: languages.join(",") });
  }
  for (const piece of inside) {
    const m = meanings.get(piece);
    if (m) {
      flags.push({ kind: "meaning", match: m.word, language: m.languages, meaning: m.meaning });
    }
  }
  return flags;
}
