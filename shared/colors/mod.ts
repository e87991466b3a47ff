/**
 * The color engine behind generate-colors. Two layers:
 * - buildPalette(spec): pure color math, shared by the AI and offline paths;
 * - offlinePaletteSpec(brief): a spec chosen from the color research, no AI needed.
 */
export { buildPalette } from "./palette.ts";
export {
  type OfflineColorInput,
  type OfflinePaletteSpec,
  offlinePaletteSpec,
} from "./offline_spec.ts";
export { paletteCss } from "./css.ts";
export { apcaContrast, contrastRatio, WCAG_AA, WCAG_AAA } from "./contrast.ts";
export { hexToOklch, type Oklch } from "./oklch.ts";
export { oklchToHex } from "./gamut.ts";
export { harmonyHues, MAX_ACCENTS } from "./harmony.ts";
export {
  type ColorSeed,
  ColorSeedSchema,
  ColorsOutputSchema,
  ContrastEntrySchema,
  HexSchema,
  OklchSchema,
  type Palette,
  type PaletteColor,
  PaletteColorSchema,
  PaletteSchema,
  type PaletteSpec,
  PaletteSpecSchema,
  ScaleSchema,
  ThemeSchema,
} from "./schema.ts";
