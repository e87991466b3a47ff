/**
 * buildBrandKit: a finished brand package as one ZIP (logos, renders, palette files,
 * content, a brand guide and a manifest). Deterministic: the same input gives the same
 * bytes, so the archive's SHA-256 identifies the kit. Nothing is cached across calls but the
 * per-isolate setup (parsed fonts, the compiled renderer) and, when the caller passes them,
 * renders made before (renders.ts), which give the same bytes as rendering again.
 */
import { contentFiles } from "./content_files.ts";
import { signatureFile } from "./email_signature.ts";
import { fontFiles } from "./font.ts";
import { guideFile } from "./guide.ts";
import { sha256HexSync as sha256Hex } from "../hash_sync.ts";
import type { BrandKitInput } from "./input.ts";
import { jsonFile, type KitFile } from "./kit_file.ts";
import { logoFiles } from "./logo_files.ts";
import { kitManifest, MANIFEST_PATH, manifestFile } from "./manifest.ts";
import { paletteFiles } from "./palette_files.ts";
import { renderFiles } from "./render_files.ts";
import { guidelinesFile } from "./pdf/guidelines.ts";
import { printFiles } from "./pdf/print_files.ts";
import { socialFiles } from "./social_files.ts";
import { webFiles } from "./web_files.ts";
import { RenderCache } from "./render_cache.ts";
import { kitParts } from "./renders.ts";
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
 * can parse. A name the heading face (or its fallback) cannot set is no error: the kit leaves
 * out the wordmark and lockups and says so in the manifest and the guide. The package's
 * recorded typography (or, without one, the brief's) sets everything: the wordmark, lockups
 * and display text in the heading face, running text in the body face. `renders` (kitRenders')
 * are used where they hold a render; whatever they lack is rendered.
 */
export async function buildBrandKit(
  raw: BrandKitInput,
  renders: RenderCache = new RenderCache(),
): Promise<BrandKit> {
  const { input, type, logos } = await kitParts(raw);
  const { render } = renders;
  const fonts = await fontFiles(type);
  const rendered = await renderFiles(input, logos, render);
  const files: KitFile[] = [
    ...fonts,
    ...logoFiles(input, logos),
    ...rendered,
    ...await webFiles(input, logos, rendered, render),
    ...await socialFiles(input, logos, type, renders),
    ...await printFiles(input, logos, type, rendered),
    signatureFile(input, type),
    await guidelinesFile(input, logos, type, rendered, render),
    ...paletteFiles(input.brand.name, input.palette, type),
    ...contentFiles(input),
    guideFile(input, logos, type, new Map(fonts.map((f) => [f.path, f.data]))),
  ].sort((a, b) => a.path < b.path ? -1 : 1);
  const listed = files.map((file) => manifestFile(file, sha256Hex(file.data)));
  const manifest = jsonFile(
    MANIFEST_PATH,
    kitManifest(input, listed, type, logos.missingGlyphs),
    [],
  );

  const zip = reproducibleZip([...files, manifest], input.generated_at);
  const all = [
    ...listed.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 })),
    { path: manifest.path, bytes: manifest.data.length, sha256: sha256Hex(manifest.data) },
  ].sort((a, b) => a.path < b.path ? -1 : 1);
  return { zip, sha256: sha256Hex(zip), files: all };
}
