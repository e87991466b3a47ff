/** palette/: the colors in the formats designers and developers paste them into. */
import { paletteCss } from "../colors/css.ts";
import type { Palette } from "../colors/schema.ts";
import { aseFile, type SwatchGroup } from "./ase.ts";
import { jsonFile, type KitFile, STAGE, textFile } from "./kit_file.ts";
import { tailwindCss } from "./tailwind.ts";
import { designTokens } from "./tokens.ts";

/** Swatch groups: each theme's roles, then every scale (its steps named `primary-500`). */
function paletteSwatches(brand: string, palette: Palette): SwatchGroup[] {
  const swatches = (entries: Record<string, string>, prefix = "") =>
    Object.entries(entries).map(([name, hex]) => ({ name: `${prefix}${name}`, hex }));
  return [
    { name: `${brand} light`, swatches: swatches(palette.themes.light) },
    { name: `${brand} dark`, swatches: swatches(palette.themes.dark) },
    ...Object.entries(palette.scales).map(([name, scale]) => ({
      name: `${brand} ${name} scale`,
      swatches: swatches(scale, `${name}-`),
    })),
  ];
}

export function paletteFiles(brand: string, palette: Palette): KitFile[] {
  const madeBy = [STAGE.colors];
  return [
    jsonFile("palette/tokens.json", designTokens(palette), madeBy),
    textFile("palette/palette.css", paletteCss(palette), madeBy),
    textFile("palette/tailwind.css", tailwindCss(palette), madeBy),
    { path: "palette/palette.ase", data: aseFile(paletteSwatches(brand, palette)), madeBy },
  ];
}
