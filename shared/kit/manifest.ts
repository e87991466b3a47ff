/**
 * manifest.json: what is in the kit and where it came from. Every other file is listed with
 * its size and SHA-256 (the manifest cannot hash itself) and `made_by` references, resolved
 * here: stage names are keys of `provenance`, `logo:<id>` the `ref` of an entry of `logos`,
 * `font:<family>` the `ref` of an entry of `fonts`.
 */
import { LANGUAGE_LICENSES } from "../analysis/licenses.ts";
import { librariesFor } from "../marks/libraries.ts";
import { familyLicense } from "../type/families.ts";
import { domainSummary } from "./domain_summary.ts";
import { fontManifest, type KitType } from "./font.ts";
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
 * out. `type`: the heading and body families the kit ships and sets its text in.
 */
export function kitManifest(
  input: KitInput,
  files: readonly ManifestFile[],
  type: KitType,
  missingGlyphs: readonly string[],
) {
  return {
    format: KIT_FORMAT,
    brand: { name: input.brand.name, tagline: input.brand.tagline ?? null },
    generated_at: input.generated_at,
    files,
    omitted: missingGlyphs.length === 0 ? [] : [{
      what: "wordmark and lockups",
      why: `${type.heading.family} has no glyph for ${missingGlyphs.join(" ")}`,
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
    fonts: fontManifest(type),
    // Every third-party work the kit ships or was made with, with its license: fonts, the
    // language engine's libraries and data, icon libraries.
    licenses: [
      ...type.faces.map((face) => familyLicense(face.family)),
      ...LANGUAGE_LICENSES,
      ...librariesFor(input.logos.flatMap((logo) => logo.depicts?.icon?.set ?? [])).map(
        ({ title, version, license, url }) => ({ name: title, version, license, url }),
      ),
    ],
  };
}
