/**
 * The curated type library: open-licensed families from Fontsource's npm packages, each tagged
 * with the personalities it expresses (strongest first) and its category, and with how it sets
 * a wordmark. Every family here kerns (Poppins was left out: Fontsource ships it without
 * kerning). Pure data; fonts.ts loads the files.
 */
import type { Personality } from "../analysis/schema.ts";

export const TYPE_CATEGORIES = [
  "geometric",
  "humanist",
  "serif",
  "slab",
  "rounded",
  "display",
] as const;
export type TypeCategory = typeof TYPE_CATEGORIES[number];

export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

export interface TypeFamily {
  /** Fontsource id: the package is @fontsource/<id>. */
  readonly id: string;
  readonly family: string;
  /** Exact version the import map pins. */
  readonly version: string;
  readonly category: TypeCategory;
  /** What the face says, strongest first. */
  readonly personalities: readonly Personality[];
  /** One line a designer would write about the face. */
  readonly character: string;
  /** Weights the package ships (normal style). */
  readonly weights: readonly FontWeight[];
  /** How the face sets a wordmark and headings. */
  readonly heading: {
    readonly weight: FontWeight;
    readonly textCase: "as-is" | "upper";
    /** Tracking in em: caps and hairline serifs want air, heavy faces less. */
    readonly letterSpacing: number;
  };
  /** Families that read well for paragraphs; headings-only faces have none. */
  readonly body?: { readonly weights: readonly FontWeight[] };
}

const ALL_WEIGHTS: readonly FontWeight[] = [100, 200, 300, 400, 500, 600, 700, 800, 900];
const range = (from: FontWeight, to: FontWeight) => ALL_WEIGHTS.filter((w) => w >= from && w <= to);
const TEXT: TypeFamily["body"] = { weights: [400, 700] };

export const TYPE_FAMILIES: readonly TypeFamily[] = [
  {
    id: "manrope",
    family: "Manrope",
    version: "5.3.0",
    category: "geometric",
    personalities: ["modern", "technical", "friendly"],
    character: "an open, contemporary geometric sans",
    weights: range(200, 800),
    heading: { weight: 700, textCase: "as-is", letterSpacing: -0.01 },
    body: TEXT,
  },
  {
    id: "montserrat",
    family: "Montserrat",
    version: "5.3.0",
    category: "geometric",
    personalities: ["bold", "modern", "rugged"],
    character: "a wide, confident geometric sans in the spirit of urban signage",
    weights: range(100, 900),
    heading: { weight: 700, textCase: "upper", letterSpacing: 0.06 },
    body: TEXT,
  },
  {
    id: "outfit",
    family: "Outfit",
    version: "5.3.0",
    category: "geometric",
    personalities: ["technical", "modern", "calm"],
    character: "a crisp, airy geometric sans for digital products",
    weights: range(100, 900),
    heading: { weight: 600, textCase: "as-is", letterSpacing: -0.015 },
    body: TEXT,
  },
  {
    id: "nunito-sans",
    family: "Nunito Sans",
    version: "5.3.0",
    category: "humanist",
    personalities: ["caring", "calm", "friendly"],
    character: "a soft humanist sans, warm without being childish",
    weights: range(200, 900),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "source-sans-3",
    family: "Source Sans 3",
    version: "5.3.1",
    category: "humanist",
    personalities: ["technical", "classic", "calm"],
    character: "a sober humanist sans built for interfaces and long reading",
    weights: range(200, 900),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "work-sans",
    family: "Work Sans",
    version: "5.3.0",
    category: "humanist",
    personalities: ["modern", "artisanal", "natural"],
    character: "a grotesque with early-press quirks, plain-spoken and crafted",
    weights: range(100, 900),
    heading: { weight: 600, textCase: "as-is", letterSpacing: -0.01 },
    body: TEXT,
  },
  {
    id: "playfair-display",
    family: "Playfair Display",
    version: "5.3.0",
    category: "serif",
    personalities: ["premium", "classic", "bold"],
    character: "a high-contrast transitional serif of editorial luxury",
    weights: range(400, 900),
    heading: { weight: 600, textCase: "as-is", letterSpacing: 0 },
  },
  {
    id: "cormorant-garamond",
    family: "Cormorant Garamond",
    version: "5.3.0",
    category: "serif",
    personalities: ["premium", "artisanal", "calm"],
    character: "a refined display Garamond with fine hairlines, quiet and precious",
    weights: range(300, 700),
    heading: { weight: 700, textCase: "upper", letterSpacing: 0.1 },
  },
  {
    id: "libre-baskerville",
    family: "Libre Baskerville",
    version: "5.3.0",
    category: "serif",
    personalities: ["classic", "caring", "premium"],
    character: "a sturdy Baskerville, trustworthy and established",
    weights: range(400, 700),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "lora",
    family: "Lora",
    version: "5.3.0",
    category: "serif",
    personalities: ["artisanal", "natural", "classic"],
    character: "a calligraphic contemporary serif with a handmade warmth",
    weights: range(400, 700),
    heading: { weight: 600, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "dm-serif-display",
    family: "DM Serif Display",
    version: "5.3.0",
    category: "serif",
    personalities: ["premium", "artisanal", "bold"],
    character: "a plump high-contrast display serif, warm and luxurious",
    weights: [400],
    heading: { weight: 400, textCase: "as-is", letterSpacing: 0 },
  },
  {
    id: "zilla-slab",
    family: "Zilla Slab",
    version: "5.3.0",
    category: "slab",
    personalities: ["rugged", "artisanal", "technical"],
    character: "a workmanlike slab serif with a hand-cut feel",
    weights: range(300, 700),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
  },
  {
    id: "arvo",
    family: "Arvo",
    version: "5.3.0",
    category: "slab",
    personalities: ["rugged", "classic", "natural"],
    character: "a geometric slab serif, solid as a stamped crate",
    weights: [400, 700],
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "nunito",
    family: "Nunito",
    version: "5.3.0",
    category: "rounded",
    personalities: ["friendly", "caring", "playful"],
    character: "a rounded sans with soft terminals, kind and easy to read",
    weights: range(200, 900),
    heading: { weight: 800, textCase: "as-is", letterSpacing: 0 },
    body: TEXT,
  },
  {
    id: "quicksand",
    family: "Quicksand",
    version: "5.3.0",
    category: "rounded",
    personalities: ["calm", "caring", "friendly"],
    character: "a light rounded geometric sans, gentle and unhurried",
    weights: range(300, 700),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0.01 },
  },
  {
    id: "baloo-2",
    family: "Baloo 2",
    version: "5.3.0",
    category: "rounded",
    personalities: ["playful", "friendly", "bold"],
    character: "a chunky rounded sans, cheerful and sturdy",
    weights: range(400, 800),
    heading: { weight: 700, textCase: "as-is", letterSpacing: 0 },
  },
  {
    id: "fredoka",
    family: "Fredoka",
    version: "5.3.0",
    category: "rounded",
    personalities: ["playful", "friendly", "caring"],
    character: "a bubbly rounded sans made for children's brands",
    weights: range(300, 700),
    heading: { weight: 600, textCase: "as-is", letterSpacing: 0 },
  },
  {
    id: "bebas-neue",
    family: "Bebas Neue",
    version: "5.3.0",
    category: "display",
    personalities: ["bold", "rugged", "modern"],
    character: "a tall condensed all-caps sans, loud on a poster",
    weights: [400],
    heading: { weight: 400, textCase: "upper", letterSpacing: 0.04 },
  },
  {
    id: "oswald",
    family: "Oswald",
    version: "5.3.0",
    category: "display",
    personalities: ["rugged", "bold", "technical"],
    character: "a condensed gothic, industrial and direct",
    weights: range(200, 700),
    heading: { weight: 600, textCase: "upper", letterSpacing: 0.03 },
  },
  {
    id: "archivo-black",
    family: "Archivo Black",
    version: "5.3.0",
    category: "display",
    personalities: ["bold", "modern", "technical"],
    character: "a heavy grotesque that holds its ground at any size",
    weights: [400],
    heading: { weight: 400, textCase: "as-is", letterSpacing: -0.01 },
  },
  {
    id: "righteous",
    family: "Righteous",
    version: "5.3.0",
    category: "display",
    personalities: ["playful", "bold", "modern"],
    character: "a streamlined retro display face with Art Deco curves",
    weights: [400],
    heading: { weight: 400, textCase: "as-is", letterSpacing: 0.01 },
  },
];

export type FamilyId = string;

const BY_ID = new Map(TYPE_FAMILIES.map((f) => [f.id, f]));

export function typeFamily(id: FamilyId): TypeFamily {
  const family = BY_ID.get(id);
  if (!family) throw new RangeError(`unknown type family: ${id}`);
  return family;
}

/** The family every stage falls back on: broad script coverage (Latin, Greek, Cyrillic). */
export const FALLBACK_FAMILY = "manrope";

/**
 * Tested heading → body pairings, best first: each body family was set under its heading in the
 * guide's specimen and kept where the two contrast in structure but agree in proportion.
 * A heading that is also a body face may pair with itself.
 */
export const PAIRINGS: Readonly<Record<FamilyId, readonly FamilyId[]>> = {
  "manrope": ["manrope", "source-sans-3", "lora"],
  "montserrat": ["source-sans-3", "lora", "nunito-sans"],
  "outfit": ["source-sans-3", "outfit", "nunito-sans"],
  "nunito-sans": ["nunito-sans", "lora", "libre-baskerville"],
  "source-sans-3": ["source-sans-3", "libre-baskerville", "lora"],
  "work-sans": ["work-sans", "lora", "libre-baskerville"],
  "playfair-display": ["source-sans-3", "libre-baskerville", "nunito-sans"],
  "cormorant-garamond": ["nunito-sans", "work-sans", "lora"],
  "libre-baskerville": ["source-sans-3", "libre-baskerville", "work-sans"],
  "lora": ["nunito-sans", "lora", "work-sans"],
  "dm-serif-display": ["work-sans", "nunito-sans", "lora"],
  "zilla-slab": ["work-sans", "source-sans-3", "lora"],
  "arvo": ["work-sans", "arvo", "source-sans-3"],
  "nunito": ["nunito", "nunito-sans", "outfit"],
  "quicksand": ["nunito-sans", "nunito", "lora"],
  "baloo-2": ["nunito", "nunito-sans", "outfit"],
  "fredoka": ["nunito", "nunito-sans", "outfit"],
  "bebas-neue": ["work-sans", "source-sans-3", "lora"],
  "oswald": ["source-sans-3", "work-sans", "lora"],
  "archivo-black": ["work-sans", "source-sans-3", "manrope"],
  "righteous": ["nunito", "nunito-sans", "work-sans"],
};

/** What a kit manifest lists for a family: every Fontsource family here is OFL 1.1. */
export function familyLicense(family: TypeFamily) {
  return {
    name: family.family,
    package: `@fontsource/${family.id}`,
    version: family.version,
    license: "OFL-1.1",
    url: "https://openfontlicense.org",
  } as const;
}

/** Wordmark options (case, tracking) of a family's heading style. */
export const wordmarkStyle = (family: TypeFamily) => ({
  textCase: family.heading.textCase,
  letterSpacing: family.heading.letterSpacing,
});
