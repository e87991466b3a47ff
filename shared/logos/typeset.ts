/**
 * Sets a line of text as glyph outlines (one SVG path), so a brand name renders exactly as
 * spelled everywhere, with no font installed. Fonts are tried in order per character, which
 * lets a font shipped as unicode-range subsets (latin, latin-ext, …) work as one.
 */
import { num } from "./svg.ts";

/** The part of an opentype.js Font that typesetting uses. */
export interface GlyphFont {
  readonly unitsPerEm: number;
  /** 0 when the font has no glyph for the character. */
  charToGlyphIndex(char: string): number;
  charToGlyph(char: string): Glyph;
  getKerningValue(left: Glyph, right: Glyph): number;
}

export interface Glyph {
  readonly advanceWidth?: number;
  getPath(x: number, y: number, fontSize: number): GlyphPath;
}

export interface GlyphPath {
  readonly commands: readonly PathCommand[];
}

export type PathCommand =
  | { readonly type: "M" | "L"; readonly x: number; readonly y: number }
  | {
    readonly type: "Q";
    readonly x1: number;
    readonly y1: number;
    readonly x: number;
    readonly y: number;
  }
  | {
    readonly type: "C";
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
    readonly x: number;
    readonly y: number;
  }
  | { readonly type: "Z" };

export class MissingGlyphError extends Error {
  constructor(readonly characters: readonly string[]) {
    super(`no glyph for ${characters.map((c) => JSON.stringify(c)).join(", ")}`);
    this.name = "MissingGlyphError";
  }
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface TypesetLine {
  /** Path data of every glyph, baseline at y = 0, y growing downwards (SVG). */
  readonly d: string;
  /** Pen advance: where a following glyph would start. */
  readonly advance: number;
  /** Extent of the outlines (control points included), or undefined for blank text. */
  readonly bounds: Box | undefined;
}

export interface TypesetOptions {
  /** Font size in user units. */
  size: number;
  /** Extra space after each glyph but the last, in em. */
  letterSpacing?: number;
}

/** Lays `text` out on one line with kerning; throws MissingGlyphError for unknown characters. */
export function typeset(
  text: string,
  fonts: readonly GlyphFont[],
  options: TypesetOptions,
): TypesetLine {
  const { size, letterSpacing = 0 } = options;
  const chars = [...text.normalize("NFC")];
  const missing = chars.filter((c) => !fonts.some((f) => f.charToGlyphIndex(c) !== 0));
  if (fonts.length === 0 || missing.length > 0) throw new MissingGlyphError([...new Set(missing)]);

  let x = 0;
  let d = "";
  let bounds: Box | undefined;
  let previous: { font: GlyphFont; glyph: Glyph } | undefined;
  chars.forEach((char, i) => {
    const font = fonts.find((f) => f.charToGlyphIndex(char) !== 0)!;
    const glyph = font.charToGlyph(char);
    const scale = size / font.unitsPerEm;
    if (previous?.font === font) x += font.getKerningValue(previous.glyph, glyph) * scale;
    const commands = glyph.getPath(x, 0, size).commands;
    d += pathData(commands);
    bounds = union(bounds, commandBounds(commands));
    x += (glyph.advanceWidth ?? 0) * scale;
    if (i < chars.length - 1) x += letterSpacing * size;
    previous = { font, glyph };
  });
  return { d, advance: x, bounds };
}

function pathData(commands: readonly PathCommand[]): string {
  return commands.map((c) => {
    switch (c.type) {
      case "M":
      case "L":
        return `${c.type}${num(c.x)} ${num(c.y)}`;
      case "Q":
        return `Q${num(c.x1)} ${num(c.y1)} ${num(c.x)} ${num(c.y)}`;
      case "C":
        return `C${num(c.x1)} ${num(c.y1)} ${num(c.x2)} ${num(c.y2)} ${num(c.x)} ${num(c.y)}`;
      case "Z":
        return "Z";
    }
  }).join("");
}

function commandBounds(commands: readonly PathCommand[]): Box | undefined {
  let box: Box | undefined;
  for (const c of commands) {
    if (c.type === "Z") continue;
    box = union(box, { x1: c.x, y1: c.y, x2: c.x, y2: c.y });
    if (c.type === "Q" || c.type === "C") {
      box = union(box, { x1: c.x1, y1: c.y1, x2: c.x1, y2: c.y1 });
    }
    if (c.type === "C") box = union(box, { x1: c.x2, y1: c.y2, x2: c.x2, y2: c.y2 });
  }
  return box;
}

function union(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}
