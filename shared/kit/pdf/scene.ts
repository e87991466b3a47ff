/**
 * A printed page as a short list of shapes in millimetres (origin top left), drawn by two
 * backends: pdf-lib (print PDFs) and SVG (the same artwork as vector files, text as
 * outlines). Designs are pure functions returning a Scene; the backends do the I/O.
 */
import { cmyk as pdfCmyk, type PDFPage } from "pdf-lib";
import { loadFamily } from "../../type/fonts.ts";
import type { KitType } from "../font.ts";
import { sanitizeSvgTree, SVG_NAMESPACE } from "../../logos/sanitize_svg.ts";
import { num, type SvgAsset } from "../../logos/svg.ts";
import { viewBoxOf } from "../../logos/svg_tree.ts";
import { MissingGlyphError } from "../../logos/typeset.ts";
import { wordmarkSvg } from "../../logos/wordmark.ts";
import { serializeXml, type XmlElement } from "../../logos/xml.ts";
import { color, drawable, mm, type Pdf, textWidth } from "./doc.ts";

export type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill: string }
  /** `png`: the kit path of the render for PDFs; `svg`: the vector artwork for SVGs. */
  | { kind: "logo"; x: number; y: number; w: number; h: number; png: string; svg: SvgAsset }
  | {
    kind: "text";
    x: number;
    /** Baseline. */
    y: number;
    text: string;
    size: number;
    /** 700: the heading face, in its heading weight; 400: the body face's regular. */
    weight: 400 | 700;
    fill: string;
    align?: "left" | "right";
  };

export interface Scene {
  /** Page size in mm, bleed included when the design has bleed. */
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}

/** Where a design's trim and bleed sit on a print page, with crop marks outside the bleed. */
export interface PrintMarks {
  /** Distance from the page edge to the trim edge, in mm. */
  readonly slug: number;
  readonly bleed: number;
  readonly trimWidth: number;
  readonly trimHeight: number;
}

/** Draws `scene` offset by `offset` mm on `page` (whose height is `pageHeight` mm). */
export async function drawScene(
  pdf: Pdf,
  page: PDFPage,
  scene: Scene,
  offset: number,
  pageHeight: number,
): Promise<void> {
  const top = (y: number, h = 0) => mm(pageHeight - offset - y - h);
  for (const shape of scene.shapes) {
    if (shape.kind === "rect") {
      page.drawRectangle({
        x: mm(offset + shape.x),
        y: top(shape.y, shape.h),
        width: mm(shape.w),
        height: mm(shape.h),
        color: color(shape.fill),
      });
    } else if (shape.kind === "logo") {
      page.drawImage(await pdf.image(shape.png), {
        x: mm(offset + shape.x),
        y: top(shape.y, shape.h),
        width: mm(shape.w),
        height: mm(shape.h),
      });
    } else {
      const font = shape.weight === 700 ? pdf.fonts.heading : pdf.fonts.body;
      const text = drawable(shape.text, font);
      const size = mm(shape.size);
      const width = textWidth(text, font, size);
      page.drawText(text, {
        x: mm(offset + shape.x) - (shape.align === "right" ? width : 0),
        y: top(shape.y),
        size,
        font,
        color: color(shape.fill),
      });
    }
  }
}

/** Crop marks: hairlines in registration black, in the slug, aligned with the trim edges. */
export function drawCropMarks(page: PDFPage, marks: PrintMarks): void {
  const { slug, bleed, trimWidth, trimHeight } = marks;
  const pageW = trimWidth + 2 * slug;
  const pageH = trimHeight + 2 * slug;
  const gap = bleed + 1;
  const length = slug - gap - 1;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({
      start: { x: mm(x1), y: mm(pageH - y1) },
      end: { x: mm(x2), y: mm(pageH - y2) },
      thickness: 0.25,
      color: pdfCmyk(1, 1, 1, 1),
    });
  for (const x of [slug, slug + trimWidth]) {
    line(x, 1, x, 1 + length);
    line(x, pageH - 1 - length, x, pageH - 1);
  }
  for (const y of [slug, slug + trimHeight]) {
    line(1, y, 1 + length, y);
    line(pageW - 1 - length, y, pageW - 1, y);
  }
  const box = (inset: number) => ({
    x: mm(inset),
    y: mm(inset),
    width: mm(pageW - 2 * inset),
    height: mm(pageH - 2 * inset),
  });
  const trim = box(slug);
  const bled = box(slug - bleed);
  page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
  page.setBleedBox(bled.x, bled.y, bled.width, bled.height);
}

/** The scene as an SVG document sized in mm; text is set as glyph outlines. */
export async function sceneSvg(scene: Scene, type: KitType, title: string): Promise<string> {
  const children: XmlElement[] = [{
    type: "element",
    name: "title",
    attributes: new Map(),
    children: [{ type: "text", value: title }],
  }];
  for (const shape of scene.shapes) {
    if (shape.kind === "rect") {
      children.push(leaf("rect", {
        x: num(shape.x),
        y: num(shape.y),
        width: num(shape.w),
        height: num(shape.h),
        fill: shape.fill,
      }));
    } else if (shape.kind === "logo") {
      children.push(nested(shape.svg, shape.x, shape.y, shape.w, shape.h));
    } else {
      const word = await outlined(shape.text, shape.weight, shape.fill, shape.size, type);
      const [vx, vy, vw, vh] = viewBoxOf(sanitizeSvgTree(word.svg).root);
      const x = shape.align === "right" ? shape.x - (vx + vw) : shape.x;
      children.push(nested(word, x + vx, shape.y + vy, vw, vh));
    }
  }
  return serializeXml({
    type: "element",
    name: "svg",
    attributes: new Map([
      ["xmlns", SVG_NAMESPACE],
      ["viewBox", `0 0 ${num(scene.width)} ${num(scene.height)}`],
      ["width", `${num(scene.width)}mm`],
      ["height", `${num(scene.height)}mm`],
    ]),
    children,
  });
}

/**
 * Text as outlines in the face the PDFs use for `weight` (700: the heading face, 400: the
 * body face); characters the font lacks become "?", as in the PDFs.
 */
async function outlined(
  text: string,
  weight: 400 | 700,
  fill: string,
  size: number,
  type: KitType,
) {
  const font = weight === 700
    ? await loadFamily(type.heading.id, text, type.heading.heading.weight)
    : await loadFamily(type.body.id, text, 400);
  try {
    return wordmarkSvg(text, { font, color: fill, size });
  } catch (err) {
    if (!(err instanceof MissingGlyphError)) throw err;
    const missing = new Set(err.characters);
    const drawable = [...text].map((c) => missing.has(c) ? "?" : c).join("");
    return wordmarkSvg(drawable, { font, color: fill, size });
  }
}

function nested(asset: SvgAsset, x: number, y: number, w: number, h: number): XmlElement {
  const root = sanitizeSvgTree(asset.svg).root;
  const attributes = new Map(root.attributes);
  attributes.delete("xmlns");
  attributes.set("x", num(x));
  attributes.set("y", num(y));
  attributes.set("width", num(w));
  attributes.set("height", num(h));
  const children = root.children.filter((c) => c.type !== "element" || c.name !== "title");
  return { ...root, attributes, children };
}

function leaf(name: string, attributes: Record<string, string>): XmlElement {
  return { type: "element", name, attributes: new Map(Object.entries(attributes)), children: [] };
}
