/**
 * Color research: which hues, chroma and harmonies a brief calls for.
 *
 * This is data written by us, not fetched. Its version is a hash of its content: offline palettes
 * record it, so a stored generation says which research produced it. Its shape is
 * colors_schema.ts.
 *
 * All hues are OKLCH hue angles in degrees (not HSL: OKLCH red sits near 29°, sRGB yellow
 * near 110°, sRGB blue near 264°). Chroma is OKLCH chroma; sRGB reaches about 0.32 at most,
 * and everyday brand colors sit between 0.05 and 0.25.
 *
 * Sources, and how far to trust them:
 * - Labrecque & Milne (2012), "Exciting red and competent blue: the importance of color in
 *   marketing", J. of the Academy of Marketing Science 40(5): blue reads as competent and
 *   trustworthy, red as exciting, higher saturation as more exciting, lighter as more sincere.
 * - Elliot & Maier (2014), "Color psychology", Annual Review of Psychology 65: color effects
 *   are real but context-dependent and smaller than folk wisdom suggests.
 * - Jonauskaite et al. (2020), "Universal patterns in color-emotion associations…",
 *   Psychological Science 31(10): many color-emotion links hold across 30 nations, with
 *   local variation, so these tables are defaults to vary from, not rules.
 * - Category conventions (blue banks and software, green sustainability, warm food brands)
 *   are our own reading of well-known brand landscapes; they make a palette feel "right for
 *   the category", which is also a reason to depart from them on purpose.
 */
import type { HarmonyName } from "./colors_schema.ts";

/** A clockwise arc of OKLCH hues from `from` to `to`; it wraps past 360 when to < from. */
export interface HueRange {
  from: number;
  to: number;
}

/** How secondary and accent hues relate to the primary: hue offset and chroma factor. */
export interface HarmonyStep {
  offset: number;
  chroma: number;
}

export interface HarmonyRule {
  name: HarmonyName;
  /** What the rule looks like, for the rationale. */
  description: string;
  secondary: HarmonyStep;
  /** One step per possible accent, in the order accents are added. */
  accents: readonly [HarmonyStep, HarmonyStep, HarmonyStep, HarmonyStep];
}

const step = (offset: number, chroma = 1): HarmonyStep => ({ offset, chroma });

/**
 * Classic harmony rules, measured in OKLCH where equal angles look like equal hue steps
 * (HSL angles do not). Secondaries are a little calmer than the primary and accents a
 * little louder, so the primary leads and the accent pops.
 */
export const harmonies: Readonly<Record<HarmonyName, HarmonyRule>> = {
  complementary: {
    name: "complementary",
    description: "the opposite hue, for the strongest hue contrast",
    secondary: step(180, 0.8),
    accents: [step(30, 1.1), step(210, 1.1), step(-30, 1.1), step(150, 1.1)],
  },
  analogous: {
    name: "analogous",
    description: "neighboring hues, with a complementary accent for emphasis",
    secondary: step(30, 0.85),
    accents: [step(180, 1.1), step(-30, 1), step(60, 1), step(-60, 1)],
  },
  triadic: {
    name: "triadic",
    description: "three hues evenly spaced around the wheel, lively and balanced",
    secondary: step(120, 0.85),
    accents: [step(240, 1.1), step(60, 1), step(180, 1), step(300, 1)],
  },
  split_complementary: {
    name: "split_complementary",
    description: "the two neighbors of the opposite hue, contrast with less tension",
    secondary: step(150, 0.85),
    accents: [step(210, 1.1), step(30, 1), step(-30, 1), step(180, 1)],
  },
  tetradic: {
    name: "tetradic",
    description: "four hues in a square, rich but demanding",
    secondary: step(90, 0.85),
    accents: [step(180, 1.1), step(270, 1), step(45, 1), step(225, 1)],
  },
  monochromatic: {
    name: "monochromatic",
    description: "one hue in several strengths, calm and cohesive",
    secondary: step(0, 0.45),
    accents: [step(25, 1.15), step(-25, 1.15), step(50, 1), step(-50, 1)],
  },
};

/** Named hue anchors for rationales: a hue is called by its nearest anchor. */
export const hueNames: readonly { name: string; hue: number }[] = [
  { name: "rose", hue: 10 },
  { name: "red", hue: 29 },
  { name: "orange", hue: 55 },
  { name: "amber", hue: 80 },
  { name: "yellow", hue: 105 },
  { name: "lime", hue: 128 },
  { name: "green", hue: 148 },
  { name: "teal", hue: 178 },
  { name: "cyan", hue: 205 },
  { name: "sky blue", hue: 235 },
  { name: "blue", hue: 262 },
  { name: "indigo", hue: 280 },
  { name: "violet", hue: 295 },
  { name: "purple", hue: 310 },
  { name: "magenta", hue: 330 },
  { name: "pink", hue: 352 },
];

/** An industry with the words that signal it and the hue families its brands draw on. */
export interface IndustryAssociation {
  id: string;
  /**
   * Words in a brief that signal the industry: triggers of four letters or more match word
   * starts ("invest" matches "investing"), shorter ones whole words only ("car", "cars" but
   * not "care").
   */
  triggers: readonly string[];
  /** Hue families, most typical first (offline palettes pick earlier ones more often). */
  hues: readonly HueRange[];
  /** Why these hues, for the rationale. */
  why: string;
}

export const industries: readonly IndustryAssociation[] = [
  {
    id: "finance",
    triggers: [
      "bank",
      "financ",
      "fintech",
      "invest",
      "insur",
      "payment",
      "account",
      "wealth",
      "loan",
      "credit",
      "money",
      "budget",
      "tax",
    ],
    hues: [{ from: 240, to: 275 }, { from: 150, to: 185 }],
    why: "blues read as competent and trustworthy; greens as money and growth",
  },
  {
    id: "technology",
    triggers: [
      "software",
      "saas",
      "tech",
      "app",
      "platform",
      "cloud",
      "data",
      "ai",
      "developer",
      "api",
      "digital",
      "automat",
      "cyber",
      "algorithm",
    ],
    hues: [{ from: 235, to: 300 }, { from: 190, to: 220 }],
    why: "blues, indigos and violets signal competence and innovation in software",
  },
  {
    id: "health",
    triggers: [
      "health",
      "medic",
      "clinic",
      "doctor",
      "patient",
      "pharma",
      "dental",
      "dentist",
      "hospital",
      "caring",
      "caregiv",
      "therap",
      "nurs",
    ],
    hues: [{ from: 175, to: 225 }, { from: 240, to: 262 }, { from: 140, to: 160 }],
    why: "teals, clean blues and greens read as hygienic, calm and caring",
  },
  {
    id: "wellness",
    triggers: [
      "wellness",
      "wellbeing",
      "spa",
      "yoga",
      "meditat",
      "mindful",
      "retreat",
      "massage",
      "holistic",
      "sleep",
    ],
    hues: [{ from: 130, to: 175 }, { from: 290, to: 315 }, { from: 60, to: 85 }],
    why: "soft greens, lavenders and sand tones suggest rest and balance",
  },
  {
    id: "food",
    triggers: [
      "food",
      "restaurant",
      "bakery",
      "bake",
      "bread",
      "pizza",
      "burger",
      "kitchen",
      "cook",
      "recipe",
      "meal",
      "snack",
      "catering",
      "grocer",
    ],
    hues: [{ from: 20, to: 90 }, { from: 125, to: 150 }],
    why: "reds, oranges and ambers are appetizing and warm; greens say fresh",
  },
  {
    id: "beverage",
    triggers: [
      "coffee",
      "cafe",
      "tea",
      "brew",
      "beer",
      "wine",
      "winery",
      "juice",
      "drink",
      "cocktail",
      "roast",
    ],
    hues: [{ from: 40, to: 75 }, { from: 0, to: 20 }, { from: 140, to: 160 }],
    why: "roasted browns and ambers, wine reds and leafy greens come from the product itself",
  },
  {
    id: "education",
    triggers: [
      "educat",
      "school",
      "learn",
      "teach",
      "tutor",
      "course",
      "student",
      "universit",
      "academ",
      "training",
      "language",
    ],
    hues: [{ from: 240, to: 270 }, { from: 75, to: 105 }, { from: 140, to: 160 }],
    why: "blues for credibility, warm yellows for optimism and energy, greens for growth",
  },
  {
    id: "sustainability",
    triggers: [
      "sustainab",
      "eco",
      "environment",
      "green",
      "ecolog",
      "recycl",
      "climate",
      "organic",
      "farm",
      "garden",
      "plant",
      "agricult",
      "compost",
      "forest",
    ],
    hues: [{ from: 125, to: 165 }, { from: 55, to: 80 }],
    why: "greens and earth tones are the category's shared language for nature",
  },
  {
    id: "energy",
    triggers: ["energy", "solar", "power", "electric", "battery", "utilit", "turbine", "charging"],
    hues: [{ from: 70, to: 105 }, { from: 240, to: 265 }, { from: 125, to: 145 }],
    why: "sunny ambers and yellows for power, blues for reliability, greens for clean energy",
  },
  {
    id: "real_estate",
    triggers: [
      "estate",
      "propert",
      "realtor",
      "home",
      "house",
      "apartment",
      "rent",
      "construct",
      "architect",
      "interior",
      "renovat",
      "builder",
    ],
    hues: [{ from: 235, to: 265 }, { from: 175, to: 200 }, { from: 35, to: 55 }],
    why: "steady blues and teals for trust, terracotta for homes and materials",
  },
  {
    id: "legal",
    triggers: ["law", "legal", "attorney", "lawyer", "notary", "consult", "advisor", "audit"],
    hues: [{ from: 250, to: 275 }, { from: 5, to: 25 }, { from: 155, to: 170 }],
    why: "navies, burgundies and deep greens read as established and serious",
  },
  {
    id: "beauty",
    triggers: [
      "beauty",
      "cosmetic",
      "skincare",
      "makeup",
      "salon",
      "hair",
      "nail",
      "fashion",
      "apparel",
      "cloth",
      "jewel",
      "boutique",
      "perfume",
    ],
    hues: [{ from: 340, to: 20 }, { from: 300, to: 330 }, { from: 75, to: 90 }],
    why: "roses, mauves and golds are the category's language for care and style",
  },
  {
    id: "kids",
    triggers: ["kid", "child", "baby", "toy", "toddler", "nursery", "daycare", "parent"],
    hues: [
      { from: 90, to: 110 },
      { from: 45, to: 70 },
      { from: 220, to: 245 },
      { from: 340, to: 360 },
    ],
    why: "bright yellows, oranges, sky blues and pinks feel cheerful and safe",
  },
  {
    id: "travel",
    triggers: [
      "travel",
      "trip",
      "tour",
      "hotel",
      "hostel",
      "vacation",
      "holiday",
      "flight",
      "airline",
      "resort",
      "booking",
      "adventure",
    ],
    hues: [{ from: 200, to: 245 }, { from: 25, to: 45 }, { from: 70, to: 90 }],
    why: "sea and sky blues, coral sunsets and sand",
  },
  {
    id: "fitness",
    triggers: [
      "fitness",
      "gym",
      "sport",
      "athlet",
      "workout",
      "running",
      "cycling",
      "bike",
      "outdoor",
      "coach",
    ],
    hues: [
      { from: 20, to: 35 },
      { from: 40, to: 60 },
      { from: 120, to: 135 },
      { from: 250, to: 265 },
    ],
    why: "reds and oranges for energy, electric limes and blues for performance",
  },
  {
    id: "entertainment",
    triggers: [
      "game",
      "gaming",
      "music",
      "film",
      "movie",
      "stream",
      "media",
      "podcast",
      "entertain",
      "event",
      "festival",
      "concert",
      "club",
    ],
    hues: [{ from: 290, to: 340 }, { from: 20, to: 30 }, { from: 195, to: 215 }],
    why: "purples and magentas for night and play, neon reds and cyans for excitement",
  },
  {
    id: "mobility",
    triggers: [
      "car",
      "automotive",
      "vehicle",
      "transport",
      "logistic",
      "delivery",
      "shipping",
      "freight",
      "courier",
      "fleet",
      "taxi",
      "ride",
    ],
    hues: [{ from: 245, to: 265 }, { from: 20, to: 30 }, { from: 45, to: 60 }],
    why: "blues for dependability, reds and oranges for speed and visibility",
  },
  {
    id: "pets",
    triggers: ["pet", "dog", "cat", "puppy", "kitten", "vet", "animal", "groom"],
    hues: [{ from: 50, to: 85 }, { from: 175, to: 195 }, { from: 135, to: 155 }],
    why: "friendly ambers and oranges, with fresh teals and greens",
  },
  {
    id: "creative",
    triggers: [
      "design",
      "agency",
      "studio",
      "creative",
      "artist",
      "artwork",
      "gallery",
      "photo",
      "marketing",
      "illustrat",
    ],
    hues: [
      { from: 320, to: 350 },
      { from: 285, to: 300 },
      { from: 40, to: 60 },
      { from: 95, to: 110 },
    ],
    why: "expressive magentas, violets, oranges and yellows show creative confidence",
  },
  {
    id: "nonprofit",
    triggers: [
      "nonprofit",
      "charity",
      "foundation",
      "donat",
      "volunteer",
      "community",
      "ngo",
      "cause",
      "social",
    ],
    hues: [{ from: 135, to: 160 }, { from: 235, to: 260 }, { from: 45, to: 65 }],
    why: "greens and blues for hope and trust, warm oranges for human warmth",
  },
  {
    id: "security",
    triggers: ["security", "secure", "privacy", "protect", "guard", "defen", "safety", "lock"],
    hues: [{ from: 250, to: 270 }, { from: 140, to: 155 }, { from: 20, to: 30 }],
    why: "navies for authority, signal greens and reds from alarms and terminals",
  },
  {
    id: "retail",
    triggers: ["shop", "store", "retail", "ecommerce", "commerce", "marketplace", "deal", "sale"],
    hues: [
      { from: 40, to: 60 },
      { from: 20, to: 30 },
      { from: 240, to: 260 },
      { from: 340, to: 360 },
    ],
    why: "oranges and reds prompt action; blues add trust at checkout",
  },
];

/** A mood with the words that signal it, its chroma range and the harmonies that suit it. */
export interface MoodAssociation {
  id: string;
  /** Words in a brief, tone or mood field that signal the mood (matched like industries). */
  triggers: readonly string[];
  /** Peak chroma of the brand colors: [calmest, loudest]. */
  chroma: readonly [number, number];
  /** Tint of the neutrals (chroma of the mid gray); 0 would be pure gray. */
  neutralChroma: number;
  /** Harmony rules that suit the mood, most fitting first. */
  harmonies: readonly HarmonyName[];
  /** Hues the mood suggests when the brief names no industry, most typical first. */
  hues: readonly HueRange[];
  why: string;
}

export const moods: readonly MoodAssociation[] = [
  {
    id: "calm",
    triggers: ["calm", "seren", "peace", "sooth", "relax", "gentle", "quiet", "tranquil"],
    chroma: [0.06, 0.1],
    neutralChroma: 0.012,
    harmonies: ["analogous", "monochromatic", "split_complementary"],
    hues: [{ from: 190, to: 260 }, { from: 140, to: 170 }],
    why: "low chroma and close hues keep the palette quiet",
  },
  {
    id: "trustworthy",
    triggers: [
      "trust",
      "reliab",
      "professional",
      "corporate",
      "serious",
      "establish",
      "depend",
      "credib",
      "expert",
    ],
    chroma: [0.1, 0.15],
    neutralChroma: 0.012,
    harmonies: ["split_complementary", "complementary", "analogous"],
    hues: [{ from: 240, to: 270 }],
    why: "moderate chroma and a restrained accent look competent rather than loud",
  },
  {
    id: "energetic",
    triggers: [
      "energ",
      "bold",
      "vibrant",
      "dynamic",
      "excit",
      "loud",
      "power",
      "intense",
      "passion",
    ],
    chroma: [0.17, 0.23],
    neutralChroma: 0.01,
    harmonies: ["triadic", "complementary", "split_complementary"],
    hues: [{ from: 20, to: 60 }, { from: 320, to: 350 }],
    why: "high chroma reads as exciting; wide hue contrast adds energy",
  },
  {
    id: "playful",
    triggers: [
      "play",
      "fun",
      "friendly",
      "cheer",
      "whimsic",
      "youth",
      "happy",
      "quirky",
      "joy",
    ],
    chroma: [0.15, 0.21],
    neutralChroma: 0.012,
    harmonies: ["triadic", "tetradic", "analogous"],
    hues: [{ from: 90, to: 110 }, { from: 45, to: 70 }, { from: 340, to: 360 }],
    why: "bright, varied hues feel light-hearted",
  },
  {
    id: "luxurious",
    triggers: [
      "luxur",
      "elegan",
      "premium",
      "sophisticat",
      "refined",
      "exclusive",
      "upscale",
      "timeless",
    ],
    chroma: [0.04, 0.09],
    neutralChroma: 0.008,
    harmonies: ["monochromatic", "analogous", "complementary"],
    hues: [{ from: 75, to: 90 }, { from: 290, to: 320 }, { from: 155, to: 170 }],
    why: "muted, deep colors and few hues read as expensive",
  },
  {
    id: "natural",
    triggers: ["natur", "organic", "earth", "rustic", "handmade", "craft", "artisan", "local"],
    chroma: [0.07, 0.12],
    neutralChroma: 0.016,
    harmonies: ["analogous", "monochromatic", "split_complementary"],
    hues: [{ from: 50, to: 150 }],
    why: "earthy, softly saturated hues with warm neutrals",
  },
  {
    id: "minimal",
    triggers: ["minimal", "clean", "simple", "sleek", "modern", "crisp", "pure"],
    chroma: [0.03, 0.09],
    neutralChroma: 0.005,
    harmonies: ["monochromatic", "complementary"],
    hues: [{ from: 240, to: 280 }, { from: 0, to: 360 }],
    why: "near-neutral colors and a single hue keep the focus on content",
  },
  {
    id: "warm",
    triggers: ["warm", "cozy", "cosy", "welcom", "invit", "homey", "comfort", "hospitab"],
    chroma: [0.1, 0.16],
    neutralChroma: 0.014,
    harmonies: ["analogous", "split_complementary"],
    hues: [{ from: 20, to: 80 }],
    why: "reds, oranges and ambers with warm neutrals feel welcoming",
  },
  {
    id: "innovative",
    triggers: [
      "innovat",
      "futur",
      "cutting",
      "disrupt",
      "next-gen",
      "visionary",
      "pioneer",
      "smart",
      "advanced",
    ],
    chroma: [0.16, 0.23],
    neutralChroma: 0.01,
    harmonies: ["split_complementary", "triadic", "analogous"],
    hues: [{ from: 260, to: 320 }, { from: 190, to: 210 }],
    why: "electric violets and cyans at high chroma look new",
  },
  {
    id: "retro",
    triggers: ["retro", "vintage", "nostalg", "classic", "heritage", "tradition"],
    chroma: [0.08, 0.13],
    neutralChroma: 0.018,
    harmonies: ["complementary", "triadic"],
    hues: [{ from: 30, to: 100 }, { from: 180, to: 200 }],
    why: "faded mustards, oranges and teals recall print of past decades",
  },
];

/** The mood used when a brief signals none: moderate chroma, varied harmonies. */
export const defaultMood: MoodAssociation = {
  id: "balanced",
  triggers: [],
  chroma: [0.12, 0.17],
  neutralChroma: 0.01,
  harmonies: ["split_complementary", "analogous", "complementary", "triadic"],
  hues: [{ from: 0, to: 360 }],
  why: "moderate chroma suits most brands and leaves room for the logo to lead",
};

/** Everything the color generators and the colors prompt read, as one value. */
export const colorResearch = {
  harmonies,
  hueNames,
  industries,
  moods,
  defaultMood,
};

export type ColorResearch = typeof colorResearch & { version: string };
