/**
 * The typeface the kit sets type with, as one abstraction every renderer uses: the family,
 * its weights, the font files the kit ships (WOFF2 for the web, WOFF for satori and the PDFs,
 * which cannot read WOFF2) and what its license asks the kit to say. The default is the logo
 * engine's brand font (Manrope); a type engine that picks another Fontsource family hands
 * buildBrandKit `fontsourceFont(...)` of it.
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

/** What a Fontsource package says about its family (its metadata.json). */
export interface FontsourceSpec {
  /** Package and file name stem: "manrope" for @fontsource/manrope. */
  readonly slug: string;
  readonly family: string;
  /** npm package and version. */
  readonly package: string;
  /** SPDX id. */
  readonly license: string;
  readonly attribution: string;
}

const bytesCache = new Map<string, Promise<Uint8Array>>();

/**
 * A file of an installed Fontsource package, read once per isolate. The package must be in
 * deno.json's import map (`"@fontsource/<slug>/": "npm:/@fontsource/<slug>@<version>/"`).
 */
async function readPackageFile(slug: string, path: string): Promise<Uint8Array> {
  const key = `${slug}/${path}`;
  let bytes = bytesCache.get(key);
  if (!bytes) {
    const url = import.meta.resolve(`@fontsource/${slug}/${path}`);
    bytes = url.startsWith("file:")
      ? Deno.readFile(new URL(url))
      : Promise.reject(new Error(`font file not installed: ${url}`));
    bytes.catch(() => bytesCache.delete(key));
    bytesCache.set(key, bytes);
  }
  return await bytes;
}

/** A Fontsource family as the kit's typeface: Latin subset, Regular and Bold. */
export function fontsourceFont(spec: FontsourceSpec): KitFont {
  const fileName = (weight: FontWeight, format: FontFormat) =>
    `${spec.slug}-latin-${weight}-normal.${format}`;
  const license = LICENSES[spec.license];
  return {
    family: spec.family,
    package: spec.package,
    weights: FONT_WEIGHTS,
    license: spec.license,
    license_name: license?.name ?? spec.license,
    license_url: license?.url ?? `https://spdx.org/licenses/${spec.license}`,
    attribution: spec.attribution,
    kitPath: (weight, format) => `fonts/${fileName(weight, format)}`,
    read: (weight, format) => readPackageFile(spec.slug, `files/${fileName(weight, format)}`),
    license_text: () => readPackageFile(spec.slug, "LICENSE"),
  };
}

/**
 * The default: the logo engine's brand font, Manrope, which also sets the wordmark. The
 * logo engine's JSON imports of the package put it in the module graph.
 */
export const KIT_FONT: KitFont = fontsourceFont({ slug: "manrope", ...BRAND_FONT });

/** The manifest's record of a font: everything but the functions. */
export const fontRecord = ({ kitPath: _, read: __, license_text: ___, ...record }: KitFont) =>
  record;

/** How kit files refer to a font in the manifest's `made_by`. */
export const fontRef = (font: Pick<KitFont, "family">) => `font:${font.family}`;

/** The wordmark's font (the logo engine's), which the logo files refer to. */
export const FONT_REF = fontRef(KIT_FONT);

/** fonts/: every weight in both formats, and the license text the OFL asks to ship along. */
export async function kitFontFiles(font: KitFont): Promise<KitFile[]> {
  const files: KitFile[] = [];
  for (const weight of font.weights) {
    for (const format of ["woff2", "woff"] as const) {
      files.push({
        path: font.kitPath(weight, format),
        data: await font.read(weight, format),
        madeBy: [fontRef(font)],
      });
    }
  }
  files.push({
    path: "fonts/LICENSE.txt",
    data: await font.license_text(),
    madeBy: [fontRef(font)],
  });
  return files;
}
