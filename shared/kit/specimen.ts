/**
 * Type specimens for the guide: sample lines in each kit face as outlines, the way the wordmark
 * is set, so the guide shows the faces even where @font-face cannot load the shipped files.
 */
import type { SvgAsset } from "../logos/svg.ts";
import { wordmarkSvg } from "../logos/wordmark.ts";
import type { FontWeight, TypeFamily } from "../type/families.ts";
import { loadFamily } from "../type/fonts.ts";
import type { KitType } from "./font.ts";

/** Letters with distinctive shapes in the Latin subset, and the figures. */
const SPECIMEN_TEXT = "Aa Bb Gg Kk Qq Rr Ww 0123456789";

export interface Specimen {
  readonly family: TypeFamily;
  readonly weight: FontWeight;
  readonly svg: SvgAsset;
}

export async function typeSpecimens(type: KitType, color: string): Promise<Specimen[]> {
  const faces = type.faces.flatMap((face) => face.weights.map((weight) => ({ face, weight })));
  return await Promise.all(faces.map(async ({ face, weight }) => {
    const font = await loadFamily(face.family.id, SPECIMEN_TEXT, weight);
    return {
      family: face.family,
      weight,
      svg: wordmarkSvg(SPECIMEN_TEXT, { font, color, size: 40 }),
    };
  }));
}
