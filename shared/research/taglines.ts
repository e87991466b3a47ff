/**
 * Tagline research: tones and their vocabulary, formulas that make good lines, and the
 * clichés no line may use. Written by us; its version is a hash of its content (part of every
 * taglines prompt version). Its shape is taglines_schema.ts.
 */
import { TAGLINE_TONES, type TaglineTone } from "./taglines_schema.ts";

/** Words in a brief's free-text tone that point to one of ours ("warm and cheeky" → friendly). */
export const toneSynonyms: Readonly<Record<TaglineTone, readonly string[]>> = {
  friendly: ["friendly", "warm", "approachable", "casual", "welcoming", "kind", "human"],
  bold: ["bold", "confident", "daring", "edgy", "ambitious", "fearless", "energetic"],
  playful: ["playful", "fun", "witty", "quirky", "cheeky", "humor", "humour", "light"],
  premium: ["premium", "luxur", "elegant", "sophisticat", "refined", "exclusive", "upscale"],
  calm: ["calm", "serene", "gentle", "mindful", "sooth", "peace", "quiet", "relax"],
  professional: ["professional", "expert", "trust", "corporate", "formal", "serious", "reliab"],
};

/**
 * Slot vocabulary per tone. Every entry fits its slot's grammar in every formula:
 * adjectives before a noun, comparatives before a plural noun, verbs taking "your …".
 */
export interface ToneLexicon {
  adjectives: readonly string[];
  comparatives: readonly string[];
  /** Verbs that take "your <benefit>": "Own your mornings." */
  verbs: readonly string[];
  /** Verbs that stand alone before a comparative: "Live better." */
  moves: readonly string[];
  /** Plural or mass nouns a customer gains: "mornings", "time". */
  benefits: readonly string[];
  /** Endings after "<noun>, …": "done right". */
  closers: readonly string[];
  /** Mass nouns after "with" and "More": "with heart", "More grit." */
  qualities: readonly string[];
  /** What the customer gets less of: "fuss". */
  pains: readonly string[];
}

export const lexicon: Readonly<Record<TaglineTone, ToneLexicon>> = {
  friendly: {
    adjectives: ["good", "honest", "simple", "happy", "real", "warm"],
    comparatives: ["better", "easier", "happier", "kinder", "brighter"],
    verbs: ["enjoy", "share", "love", "brighten", "fill"],
    moves: ["live", "smile", "share", "feel", "laugh"],
    benefits: ["mornings", "days", "weekends", "moments", "evenings"],
    closers: ["done right", "made simple", "made with care", "just for you"],
    qualities: ["heart", "care", "warmth", "love"],
    pains: ["fuss", "hassle", "stress", "waiting"],
  },
  bold: {
    adjectives: ["fearless", "sharp", "serious", "raw", "loud", "big"],
    comparatives: ["bolder", "faster", "stronger", "sharper", "bigger"],
    verbs: ["own", "claim", "rewrite", "command", "seize"],
    moves: ["go", "push", "play", "build", "dream"],
    benefits: ["days", "ambitions", "goals", "nights", "plans"],
    closers: ["no compromises", "all in", "at full strength", "without apology"],
    qualities: ["nerve", "grit", "guts", "drive"],
    pains: ["compromise", "excuses", "waiting", "doubt"],
  },
  playful: {
    adjectives: ["cheeky", "silly", "tasty", "bouncy", "sunny", "curious"],
    comparatives: ["happier", "sillier", "sunnier", "brighter", "livelier"],
    verbs: ["brighten", "spice up", "jazz up", "sweeten", "wake up"],
    moves: ["play", "snack", "laugh", "wander", "dance"],
    benefits: ["weekdays", "mornings", "afternoons", "adventures", "days"],
    closers: ["with a wink", "just because", "for the fun of it", "no boring bits"],
    qualities: ["sparkle", "mischief", "giggles", "zest"],
    pains: ["boring", "beige", "grumbling", "meh"],
  },
  premium: {
    adjectives: ["refined", "rare", "timeless", "exquisite", "quiet", "crafted"],
    comparatives: ["finer", "richer", "rarer", "deeper", "quieter"],
    verbs: ["elevate", "savour", "grace", "honour", "perfect"],
    moves: ["live", "dine", "dress", "travel", "rest"],
    benefits: ["evenings", "rituals", "moments", "occasions", "spaces"],
    closers: ["quietly perfected", "made to last", "in every detail", "by hand"],
    qualities: ["intent", "poise", "character", "restraint"],
    pains: ["noise", "excess", "haste", "compromise"],
  },
  calm: {
    adjectives: ["quiet", "gentle", "clear", "steady", "soft", "easy"],
    comparatives: ["calmer", "slower", "softer", "clearer", "lighter"],
    verbs: ["slow", "soften", "steady", "clear", "settle"],
    moves: ["rest", "breathe", "sleep", "live", "move"],
    benefits: ["evenings", "mornings", "minds", "days", "breaths"],
    closers: ["made simple", "at ease", "without the rush", "in good time"],
    qualities: ["care", "calm", "patience", "balance"],
    pains: ["noise", "rush", "worry", "clutter"],
  },
  professional: {
    adjectives: ["reliable", "precise", "proven", "clear", "trusted", "expert"],
    comparatives: ["smarter", "clearer", "faster", "safer", "sharper"],
    verbs: ["simplify", "streamline", "protect", "strengthen", "organise"],
    moves: ["work", "decide", "plan", "grow", "report"],
    benefits: ["operations", "decisions", "results", "workflows", "numbers"],
    closers: ["done properly", "handled", "made clear", "without guesswork"],
    qualities: ["precision", "rigour", "integrity", "care"],
    pains: ["guesswork", "paperwork", "risk", "delays"],
  },
};

/** Audiences when the brief names none: "Bread for every day." */
export const fallbackAudiences: readonly string[] = [
  "every day",
  "real life",
  "busy lives",
  "curious minds",
  "people who care",
];

/** Subjects when the brief gives no usable noun (for example a brief in another script). */
export const fallbackNouns: readonly string[] = [
  "ideas",
  "moments",
  "good things",
  "everyday things",
  "what matters",
];

/**
 * A tagline formula. Slots: {noun} (from the brief), {adj}, {adj2}, {adj3} (distinct
 * adjectives), {comparative}, {verb}, {move}, {benefit}, {closer}, {quality}, {pain},
 * {audience} and {name} (only used when the brand name is asked for).
 */
export interface Formula {
  id: string;
  pattern: string;
  /** Why the formula works, reused as the tagline's rationale. */
  rationale: string;
  example: string;
}

export const formulas: readonly Formula[] = [
  {
    id: "adjective-noun",
    pattern: "{adj} {noun}.",
    rationale: "Two words: the product and the one quality that sets it apart.",
    example: "Honest bread.",
  },
  {
    id: "move-comparative",
    pattern: "{move} {comparative}.",
    rationale: "Two words that promise a better version of something the customer does.",
    example: "Live lighter.",
  },
  {
    id: "benefit-pair",
    pattern: "{adj} {noun}, {comparative} {benefit}.",
    rationale: "Pairs what the product is with what the customer's day becomes.",
    example: "Honest bread, brighter mornings.",
  },
  {
    id: "imperative",
    pattern: "{verb} your {benefit}.",
    rationale: "A short command that hands the benefit to the customer.",
    example: "Own your mornings.",
  },
  {
    id: "noun-closer",
    pattern: "{noun}, {closer}.",
    rationale: "Names the product and promises how it is made.",
    example: "Bread, done right.",
  },
  {
    id: "the-way",
    pattern: "{noun}, the {adj} way.",
    rationale: "Positions the brand as the better way to something familiar.",
    example: "Bread, the simple way.",
  },
  {
    id: "for-audience",
    pattern: "{noun} for {audience}.",
    rationale: "Says who it is for, so the right people feel addressed.",
    example: "Bread for early risers.",
  },
  {
    id: "more-less",
    pattern: "More {quality}. Less {pain}.",
    rationale: "Contrast: what the customer gains and what they leave behind.",
    example: "More heart. Less fuss.",
  },
  {
    id: "by-design",
    pattern: "{adj} by design.",
    rationale: "Makes the core quality a deliberate choice, not an accident.",
    example: "Simple by design.",
  },
  {
    id: "with-quality",
    pattern: "{noun} with {quality}.",
    rationale: "Adds a human quality to a plain product.",
    example: "Bread with heart.",
  },
  {
    id: "triad",
    pattern: "{adj}. {adj2}. {adj3}.",
    rationale: "A rhythm of three qualities, easy to remember.",
    example: "Fresh. Local. Honest.",
  },
  {
    id: "your-noun",
    pattern: "Your {noun}, {closer}.",
    rationale: "Speaks to the customer about their own product.",
    example: "Your bread, done right.",
  },
  {
    id: "made-for",
    pattern: "Made for {comparative} {benefit}.",
    rationale: "Promises an outcome rather than a feature.",
    example: "Made for slower mornings.",
  },
  {
    id: "name-statement",
    pattern: "{name}. {adj} {noun}.",
    rationale: "Signs the promise with the name.",
    example: "Crumb. Honest bread.",
  },
  {
    id: "name-makes",
    pattern: "{name} makes {noun} {adj}.",
    rationale: "Makes the name the agent of the benefit.",
    example: "Crumb makes bread simple.",
  },
];

/**
 * Phrases no tagline may use: worn-out marketing language, and famous slogans a line must
 * not copy. Matched on words, ignoring case, punctuation, articles and simple endings, so
 * "Thinking outside of the box!" still matches "think outside the box".
 */
export const cliches: readonly string[] = [
  "think outside the box",
  "outside the box",
  "next level",
  "game changer",
  "game changing",
  "change the game",
  "best in class",
  "world class",
  "cutting edge",
  "state of the art",
  "synergy",
  "paradigm shift",
  "one stop shop",
  "at the end of the day",
  "quality you can trust",
  "your trusted partner",
  "the future is now",
  "like never before",
  "second to none",
  "passion for excellence",
  "commitment to excellence",
  "innovation at its best",
  "redefine",
  "reimagine",
  "revolutionize",
  "revolutionise",
  "unlock your potential",
  "unleash your potential",
  "empower",
  "the sky is the limit",
  "raise the bar",
  "lead the way",
  "simply the best",
  "a cut above",
  "seamless experience",
  "move the needle",
  "we've got you covered",
  "solutions for tomorrow",
  "work smarter not harder",
  "just do it",
  "think different",
  "i'm lovin it",
  "because you're worth it",
  "impossible is nothing",
  "open happiness",
];

/** Everything the tagline generators and the taglines prompt read, as one value. */
export const taglineResearch = {
  tones: TAGLINE_TONES,
  toneSynonyms,
  lexicon,
  fallbackAudiences,
  fallbackNouns,
  formulas,
  cliches,
};

export type TaglineResearch = typeof taglineResearch & { version: string };
