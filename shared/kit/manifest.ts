/**
 * manifest.json: what is in the kit and where it came from. Every other file is listed with
 * its size and SHA-256 (the manifest cannot hash itself) and `made_by` references, resolved
 * here: stage names are keys of `provenance`, `logo:<id>` the `ref` of an entry of `logos`,
 * `font:<family>` the `ref` of an entry of `fonts`.
 */
import { domainSummary } from "./domain_summary.ts";
import { fontRecord, fontRef, KIT_FONT, type KitFont } from "./font.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef } from "./kit_file.ts";

export const MANIFEST_PATH = "manifest.json";
/** Bump when the layout of the kit or of this manifest changes. */
export const KIT_FORMAT = "brand-kit/2";

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  made_by: readonly string[];
  width?: number;
  height?: number;
}

export const manifestFile = (file: KitFile, sha256: string): ManifestFile => ({
  path: file.path,
  bytes: file.data.length,
  sha256,
  made_by: file.madeBy,
  ...file.size,
});

/**
 * `missingGlyphs`: characters of the name the wordmark's font lacks, so the wordmark was left
 * out. `font`: the typeface the kit sets text in, listed next to the wordmark's when it differs.
 */
export function kitManifest(
  input: KitInput,
  files: readonly ManifestFile[],
  missingGlyphs: readonly string[],
  font: KitFont,
) {
  const fonts = font.family === KIT_FONT.family ? [KIT_FONT] : [KIT_FONT, font];
  return {
    format: KIT_FORMAT,
    brand: { name: input.brand.name, tagline: input.brand.tagline ?? null },
    generated_at: input.generated_at,
    files,
    omitted: missingGlyphs.length === 0 ? [] : [{
      what: "wordmark and lockups",
      why: `${KIT_FONT.family} has no glyph for ${missingGlyphs.join(" ")}`,
    }],
    // A stage's provider says who was asked, not what was established: the domain check
    // is summarized from its verdicts.
    provenance: input.provenance,
    domain_check: domainSummary(input.domains),
    logos: input.logos.map(({ svg: _, ...logo }, i) => ({
      ref: logoRef(logo),
      ...logo,
      primary: i === 0,
    })),
    fonts: fonts.map((f) => ({ ref: fontRef(f), ...fontRecord(f) })),
  };
}
