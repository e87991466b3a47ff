/**
 * The kit's typography: the heading and body families (the KitType), their weights and a type
 * scale, shared by the design tokens, the CSS files, the HTML guide and the PDFs so they all
 * agree.
 */
import type { TypeFamily } from "../type/families.ts";

/** A major-third scale (×1.25) on a 16 px base, rounded to whole pixels. */
export const TYPE_SCALE = [
  ["xs", 12],
  ["sm", 14],
  ["base", 16],
  ["lg", 20],
  ["xl", 25],
  ["2xl", 31],
  ["3xl", 39],
  ["4xl", 49],
] as const;

export const WEIGHT_NAMES: Readonly<Record<number, string>> = {
  100: "thin",
  200: "extralight",
  300: "light",
  400: "regular",
  500: "medium",
  600: "semibold",
  700: "bold",
  800: "extrabold",
  900: "black",
};

/** System families of the same kind, for while (or if) the shipped file does not load. */
const FALLBACKS: Readonly<Record<TypeFamily["category"], readonly string[]>> = {
  geometric: ["ui-sans-serif", "system-ui", "sans-serif"],
  humanist: ["ui-sans-serif", "system-ui", "sans-serif"],
  rounded: ["ui-rounded", "ui-sans-serif", "system-ui", "sans-serif"],
  display: ["ui-sans-serif", "system-ui", "sans-serif"],
  serif: ["ui-serif", "Georgia", "serif"],
  slab: ["ui-serif", "Georgia", "serif"],
};

/** The CSS font stack: the family, then system fallbacks of the same kind. */
export const fontStack = (family: TypeFamily): string[] => [
  family.family,
  ...FALLBACKS[family.category],
];

/** The stack as CSS: the family quoted, the system fallbacks (single words) as they are. */
export const cssFontStack = (family: TypeFamily): string =>
  [`"${family.family}"`, ...FALLBACKS[family.category]].join(", ");
