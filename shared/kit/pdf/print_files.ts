/**
 * print/: business cards (both formats, front and back, with bleed and crop marks) as print
 * PDFs and the 85 × 55 mm card as SVG, and letterheads (A4, US Letter) as PDFs.
 */
import { fontRef, type KitType } from "../font.ts";
import type { KitInput } from "../input.ts";
import { type KitFile, logoRef, STAGE, textFile } from "../kit_file.ts";
import type { KitLogos } from "../logos.ts";
import { printArt } from "./art.ts";
import { mm, newPdf } from "./doc.ts";
import { drawCropMarks, drawScene, type Scene, sceneSvg } from "./scene.ts";
import {
  BLEED,
  CARD_FORMATS,
  cardBack,
  cardFront,
  type Format,
  LETTER_FORMATS,
  letterhead,
} from "./stationery.ts";

/** Room outside the bleed for the crop marks. */
const SLUG = 10;

export async function printFiles(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  rendered: readonly KitFile[],
): Promise<KitFile[]> {
  const art = printArt(input, logos);
  const fonts = type.faces.map((face) => fontRef(face.family));
  const madeBy = [logoRef(input.logos[0]), ...fonts, STAGE.colors];
  const files: KitFile[] = [];
  const pdfFile = async (path: string, title: string, pages: Scene[], format?: Format) => {
    const pdf = await newPdf(title, input.generated_at, type, rendered);
    for (const scene of pages) {
      // Print cards sit in a slug with crop marks; letterheads are the page itself.
      const offset = format ? SLUG - BLEED : 0;
      const width = format ? format.width + 2 * SLUG : scene.width;
      const height = format ? format.height + 2 * SLUG : scene.height;
      const page = pdf.doc.addPage([mm(width), mm(height)]);
      await drawScene(pdf, page, scene, offset, height);
      if (format) {
        drawCropMarks(page, {
          slug: SLUG,
          bleed: BLEED,
          trimWidth: format.width,
          trimHeight: format.height,
        });
      }
    }
    files.push({ path, data: await pdf.doc.save(), madeBy });
  };
  for (const format of CARD_FORMATS) {
    await pdfFile(
      `print/business-card-${format.id}.pdf`,
      `${input.brand.name} business card ${format.label}`,
      [cardFront(art, format), cardBack(art, format)],
      format,
    );
  }
  const [card] = CARD_FORMATS;
  files.push(
    textFile(
      `print/business-card-${card.id}-front.svg`,
      await sceneSvg(cardFront(art, card), type, `${input.brand.name} business card, front`),
      madeBy,
    ),
    textFile(
      `print/business-card-${card.id}-back.svg`,
      await sceneSvg(cardBack(art, card), type, `${input.brand.name} business card, back`),
      madeBy,
    ),
  );
  for (const format of LETTER_FORMATS) {
    await pdfFile(
      `print/letterhead-${format.id}.pdf`,
      `${input.brand.name} letterhead ${format.label}`,
      [letterhead(art, format)],
    );
  }
  return files;
}
