/**
 * A color written every way a printer, a designer and a developer ask for it. CMYK is the
 * naive sRGB→CMYK formula (K = 1 − max(R, G, B); C = (1 − R − K) / (1 − K), likewise M and
 * Y), not an ICC conversion: a print shop should proof it against its own profile.
 */
import { hexToRgb } from "../colors/hex.ts";
import { hexToOklch } from "../colors/oklch.ts";

export const CMYK_METHOD =
  "naive sRGB to CMYK (K = 1 - max(R,G,B)), not ICC-managed: proof before print";

export interface ColorValues {
  readonly hex: string;
  readonly rgb: readonly [number, number, number];
  /** Percentages, whole numbers. */
  readonly cmyk: readonly [number, number, number, number];
  /** CSS oklch() string. */
  readonly oklch: string;
}

export function cmyk(hex: string): [number, number, number, number] {
  const { r: R, g: G, b: B } = hexToRgb(hex);
  const k = 1 - Math.max(R, G, B);
  if (k >= 1) return [0, 0, 0, 100];
  const part = (v: number) => Math.round((1 - v - k) / (1 - k) * 100);
  return [part(R), part(G), part(B), Math.round(k * 100)];
}

export function oklchString(hex: string): string {
  const { l, c, h } = hexToOklch(hex);
  return `oklch(${(l * 100).toFixed(1)}% ${c.toFixed(3)} ${c < 0.0005 ? 0 : h.toFixed(1)})`;
}

export function colorValues(hex: string): ColorValues {
  const { r, g, b } = hexToRgb(hex);
  const byte = (v: number) => Math.round(v * 255);
  return { hex, rgb: [byte(r), byte(g), byte(b)], cmyk: cmyk(hex), oklch: oklchString(hex) };
}

export const rgbText = ({ rgb }: ColorValues) => `rgb(${rgb.join(", ")})`;
export const cmykText = ({ cmyk }: ColorValues) =>
  `C${cmyk[0]} M${cmyk[1]} Y${cmyk[2]} K${cmyk[3]}`;
