/**
 * The typeface the kit sets type with, as one abstraction every renderer uses: the family,
 * its weights, the font files the kit ships (WOFF2 for the web, WOFF for satori and the PDFs,
 * which cannot read WOFF2) and what its license asks the kit to say. Today the family is the
 * logo engine's brand font (Manrope); a type engine that picks another family only has to
 * hand the kit another KitFont.
 */
import { BRAND_FONT, type FontWeight } from "../logos/fonts.ts";
import type { KitFile } from "./kit_file.ts";

export type FontFormat = "woff" | "woff2";

export interface KitFont {
  readonly family: string;
  /** npm package and version the files come from. */
  readonly package: string;
  /** Regular for text, Bold for headings and the wordmark. */
  readonly weights: readonly FontWeight[];
  readonly license: string;
  readonly license_name: string;
  readonly license_url: string;
  readonly attribution: string;
  /** Path of a weight's file inside the kit. */
  readonly kitPath: (weight: FontWeight, format: FontFormat) => string;
  /** Reads a weight's file (Latin subset) from the installed package. */
  readonly read: (weight: FontWeight, format: FontFormat) => Promise<Uint8Array>;
  /** The license text from the package. */
  readonly license_text: () => Promise<Uint8Array>;
}

/** Regular for text and Bold for headings and the wordmark. */
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 700];

/** Full names and texts of the SPDX ids a font package may carry. */
const LICENSES: Readonly<Record<string, { name: string; url: string }>> = {
  "OFL-1.1": { name: "SIL Open Font License 1.1", url: "https://openfontlicense.org" },
};

const fileName = (weight: FontWeight, format: FontFormat) =>
  `manrope-latin-${weight}-normal.${format}`;

const bytesCache = new Map<string, Promise<Uint8Array>>();

/** A file of the installed package, read once per isolate. */
async function readManrope(path: string): Promise<Uint8Array> {
  let bytes = bytesCache.get(path);
  if (!bytes) {
    // The logo engine's JSON imports of the package put it in the module graph.
    const url = import.meta.resolve(`@fontsource/manrope/${path}`);
    bytes = url.startsWith("file:")
      ? Deno.readFile(new URL(url))
      : Promise.reject(new Error(`font file not installed: ${url}`));
    bytes.catch(() => bytesCache.delete(path));
    bytesCache.set(path, bytes);
  }
  return await bytes;
}

export const KIT_FONT: KitFont = {
  family: BRAND_FONT.family,
  package: BRAND_FONT.package,
  weights: FONT_WEIGHTS,
  license: BRAND_FONT.license,
  license_name: LICENSES[BRAND_FONT.license]?.name ?? BRAND_FONT.license,
  license_url: LICENSES[BRAND_FONT.license]?.url ??
    `https://spdx.org/licenses/${BRAND_FONT.license}`,
  attribution: BRAND_FONT.attribution,
  kitPath: (weight, format) => `fonts/${fileName(weight, format)}`,
  read: (weight, format) => readManrope(`files/${fileName(weight, format)}`),
  license_text: () => readManrope("LICENSE"),
};

/** The manifest's record of a font: everything but the functions. */
export const fontRecord = ({ kitPath: _, read: __, license_text: ___, ...record }: KitFont) =>
  record;

/** How kit files refer to the font in the manifest's `made_by`. */
export const FONT_REF = `font:${KIT_FONT.family}`;

/** fonts/: every weight in both formats, and the license text the OFL asks to ship along. */
export async function kitFontFiles(font: KitFont): Promise<KitFile[]> {
  const files: KitFile[] = [];
  for (const weight of font.weights) {
    for (const format of ["woff2", "woff"] as const) {
      files.push({
        path: font.kitPath(weight, format),
        data: await font.read(weight, format),
        madeBy: [FONT_REF],
      });
    }
  }
  files.push({ path: "fonts/LICENSE.txt", data: await font.license_text(), madeBy: [FONT_REF] });
  return files;
}
