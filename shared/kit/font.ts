/**
 * The kit's typefaces: the heading family (wordmark, lockups, headings, display text of the
 * social images and PDFs) and the body family (running text), shipped under fonts/ as latin
 * WOFF2 files (the web) and WOFF files (desktop apps that cannot read WOFF2; the PDFs and
 * satori get them as TrueType) of the weights the brand uses, each family with its license
 * text.
 */
import { analysisFor } from "../analysis/resolve.ts";
import type { GlyphFont } from "../logos/typeset.ts";
import { chooseType, explain } from "../type/choose.ts";
import { type FontWeight, type TypeFamily, typeFamily } from "../type/families.ts";
import { latinFontFile, licenseText, loadHeadingFonts } from "../type/fonts.ts";
import { fontRecord } from "../type/schema.ts";
import type { KitInput } from "./input.ts";
import type { KitFile } from "./kit_file.ts";
import { woffToSfnt } from "./woff.ts";

export type TypeRole = "heading" | "body";
export type FontFormat = "woff" | "woff2";
const FORMATS: readonly FontFormat[] = ["woff2", "woff"];

export interface KitFace {
  readonly family: TypeFamily;
  readonly roles: readonly TypeRole[];
  readonly weights: readonly FontWeight[];
  /** Kit paths of the font files, by weight and format. */
  readonly files: readonly {
    readonly weight: FontWeight;
    readonly format: FontFormat;
    readonly path: string;
  }[];
  readonly licensePath: string;
}

export interface KitType {
  readonly heading: TypeFamily;
  readonly body: TypeFamily;
  /** One entry per family (one when heading and body are the same face). */
  readonly faces: readonly KitFace[];
  /** The heading fonts, covering the brand name. */
  readonly nameFonts: readonly GlyphFont[];
  readonly reason: string;
}

/** Body text needs its regular and its bold. */
const BODY_WEIGHTS: readonly FontWeight[] = [400, 700];

/** Full names of the SPDX ids a font package may carry. */
const LICENSE_NAMES: Readonly<Record<string, string>> = {
  "OFL-1.1": "SIL Open Font License 1.1",
};

export const licenseName = (spdx: string): string => LICENSE_NAMES[spdx] ?? spdx;

/** How kit files refer to a family in the manifest's `made_by`. */
export const fontRef = (family: TypeFamily): string => `font:${family.family}`;

/** The latin file of a family's weight, read once per isolate by the type library. */
export const faceFile = (
  family: TypeFamily,
  weight: FontWeight,
  format: FontFormat,
): Promise<Uint8Array> => latinFontFile(family.id, weight, format);

const trueTypes = new Map<string, Promise<Uint8Array>>();

/**
 * A face as TrueType, converted from its WOFF once per isolate: what the PDFs embed and
 * satori sets (the same bytes every time, so pdf-lib's fontkit parses it once, pdf/reuse.ts).
 */
export function faceTrueType(family: TypeFamily, weight: FontWeight): Promise<Uint8Array> {
  const key = `${family.id}/${weight}`;
  let sfnt = trueTypes.get(key);
  if (!sfnt) {
    sfnt = faceFile(family, weight, "woff").then(woffToSfnt);
    sfnt.catch(() => trueTypes.delete(key));
    trueTypes.set(key, sfnt);
  }
  return sfnt;
}

/**
 * The package's families (as its logos stage recorded them), or, for a package that recorded
 * none, the families the brief analysis picks.
 */
export async function kitType(input: KitInput): Promise<KitType> {
  const chosen = input.typography
    ? (() => {
      const heading = typeFamily(input.typography.heading);
      const body = typeFamily(input.typography.body);
      return { heading, body, reason: explain(heading, body) };
    })()
    : chooseType(await analysisFor({ description: input.brand.description }));
  const { family: heading, fonts } = await loadHeadingFonts(chosen.heading, input.brand.name);
  return {
    heading,
    body: chosen.body,
    faces: kitFaces(heading, chosen.body),
    nameFonts: fonts,
    reason: chosen.reason,
  };
}

function kitFaces(heading: TypeFamily, body: TypeFamily): KitFace[] {
  const faces = new Map<string, { family: TypeFamily; roles: TypeRole[]; weights: FontWeight[] }>();
  const add = (family: TypeFamily, role: TypeRole, weights: readonly FontWeight[]) => {
    const face = faces.get(family.id) ?? { family, roles: [], weights: [] };
    face.roles.push(role);
    const available = weights.filter((w) => family.weights.includes(w));
    face.weights = [...new Set([...face.weights, ...available])].sort((a, b) => a - b);
    faces.set(family.id, face);
  };
  add(heading, "heading", [heading.heading.weight]);
  add(body, "body", BODY_WEIGHTS);
  return [...faces.values()].map((face) => ({
    ...face,
    files: face.weights.flatMap((weight) =>
      FORMATS.map((format) => ({
        weight,
        format,
        path: `fonts/${face.family.id}-${weight}.${format}`,
      }))
    ),
    licensePath: `fonts/${face.family.id}-OFL.txt`,
  }));
}

/** fonts/: the font files and license texts, made by the family they belong to. */
export async function fontFiles(type: KitType): Promise<KitFile[]> {
  const files: KitFile[] = [];
  for (const face of type.faces) {
    const madeBy = [fontRef(face.family)];
    for (const file of face.files) {
      files.push({
        path: file.path,
        data: await faceFile(face.family, file.weight, file.format),
        madeBy,
      });
    }
    files.push({ path: face.licensePath, data: await licenseText(face.family.id), madeBy });
  }
  return files;
}

/** The manifest's `fonts`: each family with its files and license. */
export const fontManifest = (type: KitType) =>
  type.faces.map((face) => {
    const record = fontRecord(face.family, face.weights[0]);
    return {
      ref: fontRef(face.family),
      family: record.family,
      roles: face.roles,
      category: record.category,
      package: `${record.package}@${record.version}`,
      weights: face.weights,
      files: face.files.map((f) => f.path),
      license: record.license,
      license_name: licenseName(record.license),
      license_url: record.license_url,
      license_file: face.licensePath,
    };
  });
