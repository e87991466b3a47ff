/**
 * The kit's typography: one family (the KitFont), two weights and a type scale, shared by
 * the design tokens, the CSS files, the HTML guide and the PDFs so they all agree.
 */
import type { KitFont } from "./font.ts";

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
  200: "extralight",
  300: "light",
  400: "regular",
  500: "medium",
  600: "semibold",
  700: "bold",
  800: "extrabold",
};

/** The CSS font stack: the brand family, then system fallbacks of the same kind. */
export const fontStack = (font: KitFont): string[] => [
  font.family,
  "ui-sans-serif",
  "system-ui",
  "sans-serif",
];

export const cssFontStack = (font: KitFont): string =>
  fontStack(font).map((name) => /^[a-z-]+$/.test(name) ? name : `"${name}"`).join(", ");
