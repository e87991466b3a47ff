/**
 * How easily an English speaker says and spells a name, from its letters alone: consonant
 * clusters must be ones English allows at the start, middle or end of a word, vowels must
 * be spread through it, and spellings that sound one way but could be written another count
 * against it.
 */
import { foldAccents } from "./normalize.ts";

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** Consonant clusters English words start with ("str" in "strong", "qu" in "quest"). */
const ONSETS = new Set([
  ..."bcdfghjklmnprstvwxyz",
  ..."bl br ch chr cl cr dr dw fl fr gl gn gr kl kn kr ph phr pl pr ps qu sc sch scr sh shr"
    .split(" "),
  ..."sk sl sm sn sp spl spr squ st str sv sw th thr tr tw wh wr zh".split(" "),
]);

/** Consonant clusters English words end with ("nd" in "kind", "ngth" in "strength"). */
const CODAS = new Set([
  ..."bcdfghklmnprstvwxz",
  ..."ch ck ct ds ft ght gs ks ld lf lk lm lp ls lt lth mb mp mps ms nc nch nd nds ng ngs"
    .split(" "),
  ..."ngth nk nks ns nt nts nth ps pt rb rc rch rd rds rf rg rk rks rl rm rn rp rs rst rt"
    .split(" "),
  ..."rts rth sh sk sp st sts tch th ts wl wn ws xt".split(" "),
]);

export interface Segment {
  text: string;
  vowel: boolean;
}

/** y is a vowel unless a vowel follows it: "lynx" and "sky", but "yes" and "kayak". */
function isVowelAt(word: string, i: number): boolean {
  const ch = word[i];
  if (VOWELS.has(ch)) return true;
  return ch === "y" && !VOWELS.has(word[i + 1] ?? "");
}

/** A lowercase word split into alternating runs of vowels and consonants. */
export function segments(word: string): Segment[] {
  const result: Segment[] = [];
  for (let i = 0; i < word.length; i++) {
    const vowel = isVowelAt(word, i);
    const last = result.at(-1);
    if (last && last.vowel === vowel) last.text += word[i];
    else result.push({ text: word[i], vowel });
  }
  return result;
}

/** The plain lowercase letters of a word, accents folded; digits and symbols dropped. */
function letters(word: string): string {
  return foldAccents(word).toLowerCase().replace(/[^a-z]/g, "");
}

/** A silent final e ("stone") does not make a syllable. */
const silentFinalE = (word: string) => /[^aeiouy]e$/.test(word) && word.length > 3;

/** Syllables, counted as vowel runs. */
export function syllableCount(word: string): number {
  const w = letters(word);
  const runs = segments(w).filter((s) => s.vowel).length;
  return Math.max(runs - (silentFinalE(w) && runs > 1 ? 1 : 0), w ? 1 : 0);
}

/** A consonant run between vowels is fine if it splits into a legal coda and onset. */
function splitsCleanly(cluster: string): boolean {
  for (let i = 0; i <= cluster.length; i++) {
    const coda = cluster.slice(0, i);
    const onset = cluster.slice(i);
    if ((coda === "" || CODAS.has(coda)) && (onset === "" || ONSETS.has(onset))) return true;
  }
  return false;
}

/** 0..100 for one word read as a word. */
function wordPronounceability(word: string): number {
  const w = letters(word);
  if (!w) return 0;
  const segs = segments(w);
  const vowelCount = segs.filter((s) => s.vowel).reduce((n, s) => n + s.text.length, 0);
  if (vowelCount === 0) return 0;

  let penalty = 0;
  segs.forEach((seg, i) => {
    if (seg.vowel) {
      // Three vowels in a row stall a reader ("Aeio"); two are common ("Noah", "Leaf").
      if (seg.text.length === 3) penalty += 10;
      if (seg.text.length > 3) penalty += 25;
      return;
    }
    // Even legal clusters slow the tongue a little: "Kalo" flows, "Strand" takes effort.
    penalty += (seg.text.length - 1) * 3;
    const first = i === 0;
    const last = i === segs.length - 1;
    if (first && !ONSETS.has(seg.text)) penalty += 30;
    else if (last && !CODAS.has(seg.text)) penalty += 25;
    else if (!first && !last) {
      if (!splitsCleanly(seg.text)) penalty += 25;
      if (seg.text.length >= 4) penalty += 10;
    }
  });

  const vowelShare = vowelCount / w.length;
  if (vowelShare < 0.25) penalty += (0.25 - vowelShare) * 200;
  if (vowelShare > 0.7) penalty += (vowelShare - 0.7) * 150;
  if (/q(?!u)/.test(w)) penalty += 15;
  if ((w.match(/[jqxz]/g) ?? []).length >= 3) penalty += 10;
  const extraSyllables = syllableCount(w) - 4;
  if (extraSyllables > 0) penalty += extraSyllables * 8;
  if (w.length > 14) penalty += (w.length - 14) * 3;
  return Math.max(0, Math.round(100 - penalty));
}

/** Short all-capital words ("IBM") may be read letter by letter instead of as a word. */
function spelledOut(word: string): number | undefined {
  const plain = word.replace(/[^\p{L}]/gu, "");
  if (plain.length < 2 || plain.length > 5 || plain !== plain.toUpperCase()) return undefined;
  return 95 - (plain.length - 2) * 10;
}

/**
 * 0..100: how easily the name is said aloud. A multi-word name is as hard as its hardest
 * word. "Zentrova" scores high; "Xqzptk" (no vowels, impossible clusters) scores 0.
 */
export function pronounceability(name: string): number {
  const words = name.split(/[\s&.-]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return Math.min(
    ...words.map((w) => Math.max(wordPronounceability(w), spelledOut(w) ?? 0)),
  );
}

/** Spellings a listener could not write down from hearing the name once. */
const HAZARDS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /ph/, why: "ph sounds like f" },
  { pattern: /gh/, why: "gh is silent or sounds like f" },
  { pattern: /^(kn|wr|gn|ps|pn)/, why: "silent first letter" },
  { pattern: /c[eiy]/, why: "soft c sounds like s" },
  { pattern: /([bcdfgklmnprtvz])\1/, why: "double consonant" },
  { pattern: /(ae|oe|ei|ie|eau|ou)/, why: "vowel pair with several spellings" },
  { pattern: /y[b-df-hj-np-tv-z]/, why: "y used as a vowel" },
  { pattern: /q(?!u)/, why: "q without u" },
  { pattern: /^x/, why: "x at the start sounds like z" },
  { pattern: /\d/, why: "digits can be said or spelled out" },
  { pattern: /[&.'-]/, why: "punctuation must be said aloud" },
];

/** The reasons a name may be misspelled by someone who only heard it. */
export function spellingHazards(name: string): string[] {
  const text = foldAccents(name).toLowerCase();
  return HAZARDS.filter((h) => h.pattern.test(text)).map((h) => h.why);
}
