/**
 * The palette and typography as design tokens in the W3C Design Tokens Community Group
 * format (2025.10), which Figma plugins (Tokens Studio), Style Dictionary and Penpot import:
 * groups are plain objects, a token is an object with `$type` and `$value`. Colors are
 * objects `{ colorSpace: "srgb", components: [r, g, b], hex }` with components in 0–1.
 * Layout: `color.light.<role>`, `color.dark.<role>`, `color.scale.<name>.<step>`,
 * `font.family.brand`, `font.weight.<name>`, `font.size.<step>`, `typography.<style>`.
 */
import { hexToRgb } from "../colors/hex.ts";
import type { Palette } from "../colors/schema.ts";
import type { KitFont } from "./font.ts";
import { fontStack, TYPE_SCALE, WEIGHT_NAMES } from "./type_scale.ts";

export interface ColorToken {
  readonly $type: "color";
  readonly $value: {
    readonly colorSpace: "srgb";
    readonly components: readonly [number, number, number];
    readonly hex: string;
  };
}

interface Token {
  readonly $type: string;
  readonly $value: unknown;
}

export type TokenGroup = { readonly [name: string]: Token | TokenGroup };

/** Four decimals keep every 8-bit channel exact when read back (×255, rounded). */
const channel = (value: number) => Math.round(value * 10000) / 10000;

export function colorToken(hex: string): ColorToken {
  const { r, g, b } = hexToRgb(hex);
  return {
    $type: "color",
    $value: { colorSpace: "srgb", components: [channel(r), channel(g), channel(b)], hex },
  };
}

const group = (entries: Record<string, string>): TokenGroup =>
  Object.fromEntries(Object.entries(entries).map(([name, hex]) => [name, colorToken(hex)]));

const px = (value: number) => ({ value, unit: "px" });

function typographyTokens(font: KitFont) {
  const weights = Object.fromEntries(
    font.weights.map((w) => [WEIGHT_NAMES[w] ?? String(w), { $type: "fontWeight", $value: w }]),
  );
  const sizes = Object.fromEntries(
    TYPE_SCALE.map(([step, size]) => [step, { $type: "dimension", $value: px(size) }]),
  );
  const style = (size: string, weight: number, lineHeight: number) => ({
    $type: "typography",
    $value: {
      fontFamily: "{font.family.brand}",
      fontSize: `{font.size.${size}}`,
      fontWeight: `{font.weight.${WEIGHT_NAMES[weight]}}`,
      letterSpacing: px(0),
      lineHeight,
    },
  });
  return {
    font: {
      family: { brand: { $type: "fontFamily", $value: fontStack(font) } },
      weight: weights,
      size: sizes,
    },
    typography: {
      display: style("4xl", 700, 1.1),
      heading: style("2xl", 700, 1.2),
      body: style("base", 400, 1.5),
      caption: style("sm", 400, 1.4),
    },
  };
}

export function designTokens(palette: Palette, font: KitFont) {
  const scales = Object.fromEntries(
    Object.entries(palette.scales).map(([name, scale]) => [name, group(scale)]),
  );
  return {
    color: {
      light: group(palette.themes.light),
      dark: group(palette.themes.dark),
      scale: scales,
    },
    ...typographyTokens(font),
  };
}
