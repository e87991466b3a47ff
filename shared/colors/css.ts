/**
 * The palette as CSS custom properties, ready to paste into a stylesheet: light roles and
 * every scale step on :root, dark roles under prefers-color-scheme, and a data-theme
 * attribute to force either theme.
 */
import type { Palette } from "./schema.ts";

const declarations = (entries: [string, string][], indent: string) =>
  entries.map(([name, hex]) => `${indent}--${name.replaceAll("_", "-")}: ${hex};`).join("\n");

export function paletteCss(palette: Palette): string {
  const roles = (theme: "light" | "dark") =>
    Object.entries(palette.themes[theme]).map(([role, hex]): [string, string] => [
      `color-${role}`,
      hex,
    ]);
  const steps = Object.entries(palette.scales).flatMap(([name, scale]) =>
    Object.entries(scale).map(([step, hex]): [string, string] => [`${name}-${step}`, hex])
  );
  return [
    `:root {\n${declarations([...roles("light"), ...steps], "  ")}\n}`,
    `:root[data-theme="dark"] {\n${declarations(roles("dark"), "  ")}\n}`,
    "@media (prefers-color-scheme: dark) {\n" +
    `  :root:not([data-theme="light"]) {\n${declarations(roles("dark"), "    ")}\n  }\n}`,
  ].join("\n\n") + "\n";
}
