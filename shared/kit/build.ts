/**
 * buildBrandKit: a finished brand package as one ZIP (logos, renders, palette files,
 * content, a brand guide and a manifest). Deterministic: the same input gives the same
 * bytes, so the archive's SHA-256 identifies the kit. Nothing is cached across calls but the
 * per-isolate setup (parsed fonts, the compiled renderer).
 */
import { loadBrandFonts } from "../logos/fonts.ts";
import { contentFiles } from "./content_files.ts";
import { signatureFile } from "./email_signature.ts";
import { KIT_FONT, type KitFont, kitFontFiles } from "./font.ts";
import { guideFile } from "./guide.ts";
import { sha256Hex } from "../hash.ts";
import { type BrandKitInput, BrandKitInputSchema } from "./input.ts";
import { jsonFile, type KitFile } from "./kit_file.ts";
import { logoFiles } from "./logo_files.ts";
import { kitLogos } from "./logos.ts";
import { kitManifest, MANIFEST_PATH, manifestFile } from "./manifest.ts";
import { paletteFiles } from "./palette_files.ts";
import { renderFiles } from "./render_files.ts";
import { guidelinesFile } from "./pdf/guidelines.ts";
import { printFiles } from "./pdf/print_files.ts";
import { socialFiles } from "./social_files.ts";
import { webFiles } from "./web_files.ts";
import { reproducibleZip } from "./zip.ts";

export interface BrandKitFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface BrandKit {
  readonly zip: Uint8Array;
  /** SHA-256 of `zip`, lowercase hex. */
  readonly sha256: string;
  /** Every file in the archive, manifest included, sorted by path. */
  readonly files: readonly BrandKitFile[];
}

/**
 * Throws a ZodError on invalid input and UnsafeSvgError when a mark is not SVG the sanitizer
 * can parse. A name the brand font cannot set is no error: the kit leaves out the wordmark
 * and lockups and says so in the manifest and the guide. `font` is the typeface the kit sets
 * its text in (guide, PDFs, social images, signature, tokens, CSS, fonts/); the wordmark and
 * lockups stay in the logo engine's font.
 */
export async function buildBrandKit(
  raw: BrandKitInput,
  font: KitFont = KIT_FONT,
): Promise<BrandKit> {
  const input = BrandKitInputSchema.parse(raw);
  const fonts = await loadBrandFonts(input.brand.name);
  const logos = kitLogos(input, fonts);
  const faces = new Map(
    await Promise.all(
      font.weights.map(async (w) => [w, await font.read(w, "woff2")] as const),
    ),
  );
  const rendered = await renderFiles(input, logos);
  const files: KitFile[] = [
    ...logoFiles(input, logos),
    ...rendered,
    ...await webFiles(input, logos, rendered),
    ...await socialFiles(input, logos, font),
    ...await printFiles(input, logos, font, rendered),
    signatureFile(input, font),
    await guidelinesFile(input, logos, font, rendered),
    ...paletteFiles(input.brand.name, input.palette, font),
    ...contentFiles(input),
    guideFile(input, logos, font, faces),
    ...await kitFontFiles(font),
  ].sort((a, b) => a.path < b.path ? -1 : 1);
  const listed = files.map((file) => manifestFile(file, sha256Hex(file.data)));
  const manifest = jsonFile(
    MANIFEST_PATH,
    kitManifest(input, listed, logos.missingGlyphs, font),
    [],
  );

  const zip = reproducibleZip([...files, manifest], input.generated_at);
  const all = [
    ...listed.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 })),
    { path: manifest.path, bytes: manifest.data.length, sha256: sha256Hex(manifest.data) },
  ].sort((a, b) => a.path < b.path ? -1 : 1);
  return { zip, sha256: sha256Hex(zip), files: all };
}
