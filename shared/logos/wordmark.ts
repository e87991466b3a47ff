/**
 * The wordmark: the brand name set as glyph outlines (no <text>), so it looks the same
 * everywhere and is spelled exactly as given, never by an image model.
 */
import { element, type SvgAsset, svgDocument } from "./svg.ts";
import { type GlyphFont, typeset } from "./typeset.ts";

export interface WordmarkOptions {
  /** One font, or subsets tried in order per character. */
  font: GlyphFont | readonly GlyphFont[];
  color: string;
  /** Font size in px; the wordmark is about this tall plus descenders. Default 96. */
  size?: number;
  /** Tracking in em. */
  letterSpacing?: number;
  textCase?: "as-is" | "upper" | "lower";
}

export interface Wordmark extends SvgAsset {
  /** The text as set, after the case transform. */
  readonly text: string;
  /** y of the baseline, in px from the top. */
  readonly baseline: number;
  /** Height of capitals above the baseline, in px: lockups align on it. */
  readonly capHeight: number;
}

/** Breathing room around the ink so antialiased edges are not clipped, in em. */
const PADDING = 0.04;

/** Sets `name` as one outlined path; throws MissingGlyphError when the font lacks a glyph. */
export function wordmarkSvg(name: string, options: WordmarkOptions): Wordmark {
  const fonts = [options.font].flat();
  const size = options.size ?? 96;
  const text = applyCase(name.trim(), options.textCase ?? "as-is");
  const line = typeset(text, fonts, { size, letterSpacing: options.letterSpacing });
  if (!line.bounds) throw new RangeError("the name has nothing to draw");
  const pad = PADDING * size;
  const x = line.bounds.x1 - pad;
  const y = line.bounds.y1 - pad;
  const width = line.bounds.x2 - line.bounds.x1 + 2 * pad;
  const height = line.bounds.y2 - line.bounds.y1 + 2 * pad;
  const asset = svgDocument({
    viewBox: [x, y, width, height],
    width,
    height,
    title: text,
    body: element("path", { d: line.d, fill: options.color }),
  });
  return { ...asset, text, baseline: -y, capHeight: capHeight(fonts, size) };
}

function applyCase(text: string, textCase: WordmarkOptions["textCase"]): string {
  if (textCase === "upper") return text.toUpperCase();
  if (textCase === "lower") return text.toLowerCase();
  return text;
}

function capHeight(fonts: readonly GlyphFont[], size: number): number {
  const font = fonts.find((f) => f.charToGlyphIndex("H") !== 0);
  const bounds = font ? typeset("H", [font], { size }).bounds : undefined;
  return bounds ? -bounds.y1 : 0.7 * size;
}
