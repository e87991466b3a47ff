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
const longBrands = [...brands].filter((b) => b.length >= 6);
const badWords = Object.entries(data.bad as Record<string, string>).flatMap(([language, words]) =>
  list(words).map((word) => ({ word, language }))
);

/**
 * A word hides in a name when it is one of the name's words or (for words of four letters or
 * more, which rarely occur by chance) inside one: "Sol Lantern" does not hide "olla".
 */
const within = (words: readonly string[], word: string) =>
  words.some((w) => w === word || (word.length >= 4 && w.includes(word)));

/** Every collision of a name, brands first; empty when it is clean. */
export function screenName(name: string): NameCollision[] {
  const key = nameKey(name);
  const words = nameWords(name).map(nameKey).filter(Boolean);
  const flags: NameCollision[] = [];
  const brand = brands.has(key) ? key : words.find((w) => w.length >= 4 && brands.has(w)) ??
    longBrands.find((b) => words.some((w) => w.includes(b)));
  if (brand) flags.push({ kind: "brand", match: brand });
  const offensive = new Map<string, string[]>();
  for (const { word, language } of badWords) {
    if (within(words, word)) offensive.set(word, [...(offensive.get(word) ?? []), language]);
  }
  for (const [match, languages] of offensive) {
    flags.push({ kind: "offensive", match, language: languages.join(",") });
  }
  for (const m of MEANINGS) {
    if (within(words, m.word)) {
      flags.push({ kind: "meaning", match: m.word, language: m.languages, meaning: m.meaning });
    }
  }
  return flags;
}
