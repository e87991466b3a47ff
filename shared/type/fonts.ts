/**
 * Font files of the type library, read from the Fontsource npm packages. The one I/O module of
 * typography: it parses the WOFF subsets a text needs (opentype.js reads WOFF, not WOFF2), once
 * per isolate, and reads the WOFF2 files and license text a brand kit ships. Only the families
 * asked for are loaded.
 */
import opentype from "opentype.js";
import type { Glyph, GlyphFont } from "../logos/typeset.ts";
import { gposKerning } from "./kerning.ts";
import { FALLBACK_FAMILY, type FontWeight, type TypeFamily, typeFamily } from "./families.ts";
import { FAMILY_PACKAGES, type UnicodeRanges } from "./packages.ts";

/** Latin first: it holds the space, digits and punctuation every other subset falls back on. */
const SUBSET_ORDER = [
  "latin",
  "latin-ext",
  "vietnamese",
  "greek",
  "greek-ext",
  "cyrillic",
  "cyrillic-ext",
];

const parsed = new Map<string, Promise<GlyphFont>>();
let bytesRead = 0;

/** WOFF and WOFF2 bytes read so far in this isolate (the cold-start figure the bench reports). */
export const fontBytesRead = (): number => bytesRead;

async function unicodeRanges(id: string): Promise<UnicodeRanges> {
  const load = FAMILY_PACKAGES[id];
  if (!load) throw new RangeError(`no font package for ${id}`);
  return (await load()).default;
}

const codePoints = (text: string) => [...text.normalize("NFC")].map((c) => c.codePointAt(0)!);

/** Whether every character of `text` lies in one of the family's subsets. */
export async function covers(id: string, text: string): Promise<boolean> {
  const table = await unicodeRanges(id);
  const ranges = SUBSET_ORDER.filter((subset) => subset in table).map((subset) => table[subset]);
  return codePoints(text).every((code) => code <= 0x20 || ranges.some((r) => inRanges(code, r)));
}

/** The subsets of a family (in fallback order) that cover the characters of `text`. */
export async function loadFamily(
  id: string,
  text: string,
  weight: FontWeight,
): Promise<GlyphFont[]> {
  const ranges = await unicodeRanges(id);
  const codes = codePoints(text);
  const subsets = SUBSET_ORDER.filter((subset) =>
    subset in ranges &&
    (subset === "latin" || codes.some((code) => inRanges(code, ranges[subset])))
  );
  return Promise.all(subsets.map((subset) => loadSubset(id, subset, weight)));
}

/**
 * The family set for `text` in its heading weight, or the fallback family (wide script
 * coverage) when the chosen one lacks a character of the text.
 */
export async function loadHeadingFonts(
  family: TypeFamily,
  text: string,
): Promise<{ family: TypeFamily; fonts: GlyphFont[] }> {
  const chosen = await covers(family.id, text) ? family : typeFamily(FALLBACK_FAMILY);
  return { family: chosen, fonts: await loadFamily(chosen.id, text, chosen.heading.weight) };
}

function loadSubset(id: string, subset: string, weight: FontWeight): Promise<GlyphFont> {
  const file = `${id}-${subset}-${weight}-normal.woff`;
  let font = parsed.get(file);
  if (!font) {
    font = readFontFile(id, `files/${file}`).then(withKerning);
    // A failed read must not stick: the next request tries again.
    font.catch(() => parsed.delete(file));
    parsed.set(file, font);
  }
  return font;
}

/** An opentype.js font whose kerning also covers the GPOS layouts opentype.js skips. */
function withKerning(bytes: Uint8Array): GlyphFont {
  const font = opentype.parse(bytes.buffer);
  const pairs = gposKerning(bytes);
  return {
    unitsPerEm: font.unitsPerEm,
    charToGlyphIndex: (char) => font.charToGlyphIndex(char),
    charToGlyph: (char) => font.charToGlyph(char),
    getKerningValue: (left, right) => {
      const gpos = pairs(glyphIndex(left), glyphIndex(right));
      // Fonts with a legacy 'kern' table only (Arvo, Righteous): opentype.js reads those.
      return gpos !== 0
        ? gpos
        : font.getKerningValue(left as opentype.Glyph, right as opentype.Glyph);
    },
  };
}

const glyphIndex = (glyph: Glyph) => (glyph as unknown as { index: number }).index;

/**
 * The latin file of a weight, as a kit ships it: WOFF2 for @font-face, WOFF for what cannot
 * read WOFF2 (satori, the PDF embedder, older desktop apps).
 */
export const latinFontFile = (
  id: string,
  weight: FontWeight,
  format: "woff" | "woff2",
): Promise<Uint8Array> => readFontFile(id, `files/${id}-latin-${weight}-normal.${format}`);

/** The package's license text (the OFL with the family's copyright line). */
export const licenseText = (id: string): Promise<Uint8Array> => readFontFile(id, "LICENSE");

async function readFontFile(id: string, path: string): Promise<Uint8Array> {
  // The package import in packages.ts puts the package in the module graph first.
  await unicodeRanges(id);
  const url = import.meta.resolve(`@fontsource/${id}/${path}`);
  if (!url.startsWith("file:")) throw new Error(`font file not installed: ${url}`);
  const bytes = await Deno.readFile(new URL(url));
  if (path.endsWith(".woff") || path.endsWith(".woff2")) bytesRead += bytes.length;
  return bytes;
}

/** `U+0000-00FF,U+0131` style ranges, as Fontsource writes them. */
function inRanges(code: number, spec: string): boolean {
  return spec.split(",").some((range) => {
    const [lo, hi = lo] = range.trim().replace(/U\+/g, "").split("-").map((h) => parseInt(h, 16));
    return code >= lo && code <= hi;
  });
}
