/**
 * Inflection with compromise, forcing the part of speech: a lone "bike" parses as a verb, so
 * nouns are tagged as nouns before they are pluralised, and verbs as verbs before conjugation.
 */
import nlp from "compromise";

const lastWord = (phrase: string) => phrase.split(" ").at(-1) ?? phrase;
const withLast = (phrase: string, word: string) =>
  phrase.includes(" ") ? `${phrase.slice(0, phrase.lastIndexOf(" "))} ${word}` : word;

/** Nouns with no plural of their own ("bread", "software", "care"). */
const UNCOUNTABLE = new Set([
  "bread",
  "software",
  "care",
  "coffee",
  "tea",
  "music",
  "advice",
  "equipment",
  "furniture",
  "information",
  "jewelry",
  "jewellery",
  "luggage",
  "daycare",
  "security",
  "cybersecurity",
  "produce",
  "yoga",
  "fitness",
  "skincare",
  "wine",
  "beer",
  "food",
  "gear",
  "clothing",
  "feedback",
  "research",
  "insurance",
  "accounting",
  "consulting",
  "hosting",
  "design",
  "marketing",
  "restoration",
  "installation",
  "translation",
  "photography",
  "tutoring",
  "payroll",
  "pasta",
  "honey",
  "rice",
  "seo",
  "advertising",
  "bookkeeping",
  "tech",
  "technology",
  "law",
  "legal",
  "compliance",
  "finance",
  "tax",
  "healthcare",
  "childcare",
  "dentistry",
  "wellness",
  "hardware",
  "data",
  "logistics",
  "merchandise",
]);

export const isUncountable = (noun: string) =>
  UNCOUNTABLE.has(lastWord(noun).toLowerCase()) || /ing$/.test(lastWord(noun));

/** "lantern" → "lanterns", "solar lantern" → "solar lanterns"; uncountables stay. */
export function pluralize(phrase: string): string {
  const word = lastWord(phrase);
  // Acronyms ("SEO", "IPAs") and proper words stay as written.
  if (/\p{Lu}/u.test(word)) return phrase;
  if (isUncountable(phrase) || /s$/.test(word) && singularize(word) !== word) return phrase;
  const doc = nlp(word);
  doc.tag("Singular");
  const plural = doc.nouns().toPlural().text();
  return withLast(phrase, plural || `${word}s`);
}

/** Words already singularised: the analysis asks about the same words many times. */
const singulars = new Map<string, string>();
const MAX_REMEMBERED = 5000;

/** "bikes" → "bike", "children" → "child", "glasses" → "glass". */
export function singularize(word: string): string {
  if (!/s$|children|people|men$|teeth|feet|mice|geese/.test(word)) return word;
  let single = singulars.get(word);
  if (single === undefined) {
    const doc = nlp(word);
    doc.tag("Plural");
    single = doc.nouns().toSingular().text() || word;
    if (singulars.size >= MAX_REMEMBERED) singulars.clear();
    singulars.set(word, single);
  }
  return single;
}

export interface VerbForms {
  infinitive: string;
  /** Third person singular: "fixes". */
  present: string;
  gerund: string;
  past: string;
}

/** The forms of a verb: "fixing" → fix, fixes, fixing, fixed. */
export function conjugate(verb: string): VerbForms {
  const doc = nlp(verb);
  doc.tag("Verb");
  const forms = doc.verbs().conjugate()[0] as
    | Record<string, string>
    | undefined;
  const infinitive = forms?.Infinitive || verb;
  return {
    infinitive,
    present: forms?.PresentTense || `${infinitive}s`,
    gerund: forms?.Gerund || `${infinitive}ing`,
    past: forms?.PastTense || `${infinitive}ed`,
  };
}

/** "a" or "an" for the word that follows: "an owl", "a unicorn", "an hour". */
export function article(word: string): "a" | "an" {
  const w = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) return "an";
  if (/^(uni|use|usu|eu|one|once|ur[aeiou])/.test(w)) return "a";
  return /^[aeiou]/.test(w) ? "an" : "a";
}
