/**
 * The kit's PDFs share parsed faces and prepared PNGs (shared/kit/pdf/reuse.ts). Sharing must
 * not change a byte: a document made with it is the document pdf-lib makes on its own.
 */
import assert from "node:assert/strict";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFImage } from "pdf-lib";
import { faceTrueType } from "../shared/kit/font.ts";
import { renderSvgText } from "../shared/kit/render.ts";
import { embedPrepared, sharedFontkit } from "../shared/kit/pdf/reuse.ts";
import { typeFamily } from "../shared/type/families.ts";

const MARK = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="64" viewBox="0 0 96 64">` +
  `<rect x="8" y="8" width="80" height="48" rx="12" fill="#3e694d" fill-opacity="0.8"/></svg>`;
const OPAQUE = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32">` +
  `<rect width="32" height="32" fill="#a3799a"/></svg>`;

/** Two pages, a face, two images (one drawn twice): what a kit document does. */
async function document(
  embed: (doc: PDFDocument, png: Uint8Array) => Promise<PDFImage>,
  shared: boolean,
  font: Uint8Array,
  pngs: Uint8Array[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(shared ? sharedFontkit : fontkit);
  const face = await doc.embedFont(font, { subset: true });
  const images = [await embed(doc, pngs[0]), await embed(doc, pngs[1])];
  for (const text of ["Blue Harbor", "Sailing for grown-ups"]) {
    const page = doc.addPage([300, 200]);
    page.drawText(text, { x: 10, y: 150, size: 18, font: face });
    for (const [i, image] of images.entries()) {
      page.drawImage(image, { x: 10 + 100 * i, y: 10, width: 96, height: 64 });
    }
  }
  return await doc.save();
}

Deno.test("PDFs made with shared faces and prepared PNGs are byte for byte pdf-lib's own", async () => {
  const font = await faceTrueType(typeFamily("nunito"), 400);
  const pngs = [await renderSvgText(MARK), await renderSvgText(OPAQUE)];
  const own = await document((doc, png) => doc.embedPng(png), false, font, pngs);
  // Twice: the second document reuses what the first prepared.
  for (let i = 0; i < 2; i++) {
    const shared = await document(embedPrepared, true, font, pngs);
    assert.deepEqual(shared, own);
  }
});
