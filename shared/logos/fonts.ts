/**
 * The brand typeface: Manrope (SIL Open Font License 1.1), shipped through npm by Fontsource
 * as WOFF files split into unicode-range subsets. This is the one module of the logo engine
 * that does I/O: it reads the subsets a text needs, once per isolate, and hands back parsed
 * fonts for the pure typesetting code.
 */
import opentype from "opentype.js";
import metadata from "@fontsource/manrope/metadata.json" with { type: "json" };
import ranges from "@fontsource/manrope/unicode.json" with { type: "json" };
import type { GlyphFont } from "./typeset.ts";

export type FontWeight = 200 | 300 | 400 | 500 | 600 | 700 | 800;

/** What a brand kit must say about the font it ships outlines of. */
export const BRAND_FONT = {
  family: metadata.family,
  package: "@fontsource/manrope@5.3.0",
  license: metadata.license.type,
  attribution: metadata.license.attribution,
} as const;

type Subset = keyof typeof ranges;

/** Latin first: it holds the space, digits and punctuation every other subset falls back on. */
const SUBSET_ORDER: readonly Subset[] = [
  "latin",
  "latin-ext",
  "vietnamese",
  "greek",
  "cyrillic",
  "cyrillic-ext",
];

const cache = new Map<string, Promise<GlyphFont>>();

/** The font subsets (in fallback order) that cover the characters of `text`. */
export function loadBrandFonts(text: string, weight: FontWeight = 700): Promise<GlyphFont[]> {
  const codes = [...text.normalize("NFC")].map((c) => c.codePointAt(0)!);
  const subsets = SUBSET_ORDER.filter((subset) =>
    subset === "latin" || codes.some((code) => inRanges(code, ranges[subset]))
  );
  return Promise.all(subsets.map((subset) => loadSubset(subset, weight)));
}

function loadSubset(subset: Subset, weight: FontWeight): Promise<GlyphFont> {
  const file = `manrope-${subset}-${weight}-normal.woff`;
  let font = cache.get(file);
  if (!font) {
    font = readPackageFile(`files/${file}`).then((bytes) => opentype.parse(bytes.buffer));
    // A failed read must not stick: the next request tries again.
    font.catch(() => cache.delete(file));
    cache.set(file, font);
  }
  return font;
}

async function readPackageFile(path: string): Promise<Uint8Array> {
  // The JSON imports above put the package in the module graph, so it resolves to a file.
  const url = import.meta.resolve(`@fontsource/manrope/${path}`);
  if (!url.startsWith("file:")) throw new Error(`font file not installed: ${url}`);
  return await Deno.readFile(new URL(url));
}

/** `U+0000-00FF,U+0131` style ranges, as Fontsource writes them. */
function inRanges(code: number, spec: string): boolean {
  return spec.split(",").some((range) => {
    const [lo, hi = lo] = range.replace(/U\+/g, "").split("-").map((h) => parseInt(h, 16));
    return code >= lo && code <= hi;
  });
}
