/** The typeface the kit sets type with, and what its license asks the kit to say about it. */
import { BRAND_FONT, type FontWeight } from "../logos/fonts.ts";

/** Regular for text (the guide's specimen) and Bold, the wordmark's weight. */
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 700];

/** Full names of the SPDX ids a font package may carry. */
const LICENSE_NAMES: Readonly<Record<string, string>> = {
  "OFL-1.1": "SIL Open Font License 1.1",
};

export const KIT_FONT = {
  family: BRAND_FONT.family,
  package: BRAND_FONT.package,
  weights: FONT_WEIGHTS,
  license: BRAND_FONT.license,
  license_name: LICENSE_NAMES[BRAND_FONT.license] ?? BRAND_FONT.license,
  attribution: BRAND_FONT.attribution,
} as const;

/** How kit files refer to the font in the manifest's `made_by`. */
export const FONT_REF = `font:${KIT_FONT.family}`;
