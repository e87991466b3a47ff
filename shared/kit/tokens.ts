/**
 * The palette and typography as design tokens in the W3C Design Tokens Community Group
 * format (2025.10), which Figma plugins (Tokens Studio), Style Dictionary and Penpot import:
 * groups are plain objects, a token is an object with `$type` and `$value`. Colors are
 * objects `{ colorSpace: "srgb", components: [r, g, b], hex }` with components in 0–1.
 * Layout: `color.light.<role>`, `color.dark.<role>`, `color.scale.<name>.<step>`,
 * `font.family.heading`, `font.family.body`, `font.weight.<name>`, `font.size.<step>`, `typography.<style>`.
 */
import { hexToRgb } from "../colors/hex.ts";
import type { Palette } from "../colors/schema.ts";
import type { KitType } from "./font.ts";
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

function typographyTokens(type: KitType) {
  const heading = type.heading.heading.weight;
  const used = [...new Set([heading, 400, 700])].sort((a, b) => a - b);
  const weights = Object.fromEntries(
    used.map((w) => [WEIGHT_NAMES[w], { $type: "fontWeight", $value: w }]),
  );
  const sizes = Object.fromEntries(
    TYPE_SCALE.map(([step, size]) => [step, { $type: "dimension", $value: px(size) }]),
  );
  const style = (role: "heading" | "body", size: string, weight: number, lineHeight: number) => ({
    $type: "typography",
    $value: {
      fontFamily: `{font.family.${role}}`,
      fontSize: `{font.size.${size}}`,
      fontWeight: `{font.weight.${WEIGHT_NAMES[weight]}}`,
      letterSpacing: px(0),
      lineHeight,
    },
  });
  return {
    font: {
      family: {
        heading: { $type: "fontFamily", $value: fontStack(type.heading) },
        body: { $type: "fontFamily", $value: fontStack(type.body) },
      },
      weight: weights,
      size: sizes,
    },
    typography: {
      display: style("heading", "4xl", heading, 1.1),
      heading: style("heading", "2xl", heading, 1.2),
      body: style("body", "base", 400, 1.5),
      caption: style("body", "sm", 400, 1.4),
    },
  };
}

export function designTokens(palette: Palette, type: KitType) {
  const scales = Object.fromEntries(
    Object.entries(palette.scales).map(([name, scale]) => [name, group(scale)]),
  );
  return {
    color: {
      light: group(palette.themes.light),
      dark: group(palette.themes.dark),
      scale: scales,
    },
    ...typographyTokens(type),
  };
}
