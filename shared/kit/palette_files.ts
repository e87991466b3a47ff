/** palette/: the colors in the formats designers and developers paste them into. */
import { paletteCss } from "../colors/css.ts";
import type { Palette } from "../colors/schema.ts";
import { aseFile, type SwatchGroup } from "./ase.ts";
import { CMYK_METHOD, colorValues } from "./color_values.ts";
import type { KitType } from "./font.ts";
import { jsonFile, type KitFile, STAGE, textFile } from "./kit_file.ts";
import { cssFontStack } from "./type_scale.ts";
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

/** Every role of both themes in HEX, RGB, CMYK and OKLCH, for print and design tools. */
export function colorTable(palette: Palette) {
  const theme = (name: "light" | "dark") =>
    Object.fromEntries(
      Object.entries(palette.themes[name]).map(([role, hex]) => [role, colorValues(hex)]),
    );
  return { cmyk_method: CMYK_METHOD, light: theme("light"), dark: theme("dark") };
}

export function paletteFiles(brand: string, palette: Palette, type: KitType): KitFile[] {
  const madeBy = [STAGE.colors];
  const fontCss = `\n:root {\n  --font-heading: ${cssFontStack(type.heading)};\n` +
    `  --font-body: ${cssFontStack(type.body)};\n}\n`;
  return [
    jsonFile("palette/tokens.json", designTokens(palette, type), madeBy),
    jsonFile("palette/colors.json", colorTable(palette), madeBy),
    textFile("palette/palette.css", paletteCss(palette) + fontCss, madeBy),
    textFile("palette/tailwind.css", tailwindCss(palette, type), madeBy),
    { path: "palette/palette.ase", data: aseFile(paletteSwatches(brand, palette)), madeBy },
  ];
}
