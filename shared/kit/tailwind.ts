/**
 * The palette as a Tailwind CSS v4 theme: `@theme` variables become utilities (`bg-primary`,
 * `text-on-primary`, `border-neutral-200`). Tailwind emits them inside a cascade layer, so
 * the unlayered dark overrides below win without extra specificity; they use the same
 * selectors as palette.css (system preference, or a forced data-theme attribute).
 */
import type { Palette } from "../colors/schema.ts";
import type { KitType } from "./font.ts";
import { cssFontStack, TYPE_SCALE } from "./type_scale.ts";

const variable = (name: string) => `--color-${name.replaceAll("_", "-")}`;

const declarations = (entries: [string, string][], indent: string) =>
  entries.map(([name, hex]) => `${indent}${variable(name)}: ${hex};`).join("\n");

export function tailwindCss(palette: Palette, type: KitType): string {
  const roles = (theme: "light" | "dark") => Object.entries(palette.themes[theme]);
  const steps = Object.entries(palette.scales).flatMap(([name, scale]) =>
    Object.entries(scale).map(([step, hex]): [string, string] => [`${name}-${step}`, hex])
  );
  return [
    '/* Import after Tailwind: @import "tailwindcss"; @import "./tailwind.css"; */',
    `@theme {\n${declarations([...roles("light"), ...steps], "  ")}\n` +
    // The body family becomes `font-sans` (Tailwind's default) and `font-body`, the
    // heading family `font-heading`.
    `  --font-sans: ${cssFontStack(type.body)};\n  --font-body: ${cssFontStack(type.body)};\n` +
    `  --font-heading: ${cssFontStack(type.heading)};\n` +
    TYPE_SCALE.map(([step, size]) => `  --text-${step}: ${size / 16}rem;`).join("\n") + "\n}",
    `:root[data-theme="dark"] {\n${declarations(roles("dark"), "  ")}\n}`,
    "@media (prefers-color-scheme: dark) {\n" +
    `  :root:not([data-theme="light"]) {\n${declarations(roles("dark"), "    ")}\n  }\n}`,
  ].join("\n\n") + "\n";
}
