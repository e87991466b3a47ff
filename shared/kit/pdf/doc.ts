/**
 * What every PDF of the kit shares: a pdf-lib document with the kit's heading and body faces
 * embedded (subset, through fontkit; parsed once, reuse.ts), deterministic metadata, units and
 * colors. The PDFs draw logos as the kit's own PNG renders (1024 px wide: 300 dpi at the sizes
 * they are printed), set headings and display text in the heading face and running text in the
 * body face.
 */
import { type Color, PDFDocument, type PDFFont, type PDFImage, rgb } from "pdf-lib";
import { hexToRgb } from "../../colors/hex.ts";
import { faceTrueType, type KitType } from "../font.ts";
import type { KitFile } from "../kit_file.ts";
import { embedPrepared, sharedFontkit } from "./reuse.ts";

/** PDF user units are points: 72 per inch. */
export const mm = (value: number) => value * 72 / 25.4;
export const inch = (value: number) => value * 72;

export function color(hex: string): Color {
  const { r, g, b } = hexToRgb(hex);
  return rgb(r, g, b);
}

export interface PdfFonts {
  /** The heading family in its heading weight: titles, labels, display text. */
  readonly heading: PDFFont;
  /** The body family's regular: running text. */
  readonly body: PDFFont;
}

export interface Pdf {
  readonly doc: PDFDocument;
  readonly fonts: PdfFonts;
  /** A PNG of the kit by path, embedded once per document (prepared once per build). */
  readonly image: (path: string) => Promise<PDFImage>;
}

/**
 * A new document. Dates are the package's `generated_at`, so the same package gives the
 * same bytes (pdf-lib would stamp the current time otherwise).
 */
export async function newPdf(
  title: string,
  generatedAt: string,
  type: KitType,
  rendered: readonly KitFile[],
): Promise<Pdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const when = new Date(generatedAt);
  doc.setTitle(title);
  doc.setCreator("Brand Package Generator");
  doc.setProducer("pdf-lib");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const fonts = {
    heading: await doc.embedFont(await faceTrueType(type.heading, type.heading.heading.weight), {
      subset: true,
    }),
    body: await doc.embedFont(await faceTrueType(type.body, 400), { subset: true }),
  };
  const images = new Map<string, Promise<PDFImage>>();
  const image = (path: string) => {
    let embedded = images.get(path);
    if (!embedded) {
      const file = rendered.find((f) => f.path === path);
      if (!file) throw new Error(`${path} was not rendered`);
      images.set(path, embedded = embedPrepared(doc, file.data));
    }
    return embedded;
  };
  return { doc, fonts, image };
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * Text the font can draw: characters outside its subset (the kit ships Latin) become "?"
 * rather than empty boxes.
 */
export function drawable(text: string, font: PDFFont): string {
  let set = characterSets.get(font);
  if (!set) characterSets.set(font, set = new Set(font.getCharacterSet()));
  return [...text].map((c) => set.has(c.codePointAt(0)!) || c === " " ? c : "?").join("");
}

const advances = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of `text` at `size` from cached per-character advances: pdf-lib runs a full
 * OpenType layout for every measurement, which made line breaking the PDFs' main CPU cost.
 * Kerning is left out; line breaks only need the width to a fraction of a character.
 */
export function textWidth(text: string, font: PDFFont, size: number): number {
  let cache = advances.get(font);
  if (!cache) advances.set(font, cache = new Map());
  let width = 0;
  for (const c of text) {
    let advance = cache.get(c);
    if (advance === undefined) cache.set(c, advance = font.widthOfTextAtSize(c, 1000));
    width += advance;
  }
  return width * size / 1000;
}

/** Lines of `text` that fit `width` at `size`, broken at spaces. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of drawable(text, font).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
