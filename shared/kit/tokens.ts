/**
 * The palette as design tokens in the W3C Design Tokens Community Group format, which Figma
 * plugins (Tokens Studio), Style Dictionary and Penpot import: groups are plain objects,
 * a token is an object with `$type` and `$value`. Layout: `color.light.<role>`,
 * `color.dark.<role>` and `color.scale.<name>.<step>`.
 */
import type { Palette } from "../colors/schema.ts";

export interface ColorToken {
  readonly $type: "color";
  readonly $value: string;
}

export type TokenGroup = { readonly [name: string]: ColorToken | TokenGroup };

const token = (hex: string): ColorToken => ({ $type: "color", $value: hex });

const group = (entries: Record<string, string>): TokenGroup =>
  Object.fromEntries(Object.entries(entries).map(([name, hex]) => [name, token(hex)]));

export function designTokens(palette: Palette): { color: TokenGroup } {
  const scales = Object.fromEntries(
    Object.entries(palette.scales).map(([name, scale]) => [name, group(scale)]),
  );
  return {
    color: {
      light: group(palette.themes.light),
      dark: group(palette.themes.dark),
      scale: scales,
    },
  };
}
