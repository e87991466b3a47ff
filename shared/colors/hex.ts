/**
 * sRGB hex notation: the one text form colors enter and leave the engine in.
 * Output is always lowercase `#rrggbb`, so equal colors compare equal as strings.
 */

/** sRGB components, gamma-encoded, nominally 0..1 (out-of-gamut values may leave that range). */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#ABC` or `#AABBCC` as `#aabbcc`; throws RangeError on anything else. */
export function normalizeHex(value: string): string {
  const match = HEX.exec(value);
  if (!match) throw new RangeError(`not a hex color: ${JSON.stringify(value)}`);
  const digits = match[1].toLowerCase();
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  return `#${full}`;
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(normalizeHex(hex).slice(1), 16);
  return { r: (n >> 16 & 255) / 255, g: (n >> 8 & 255) / 255, b: (n & 255) / 255 };
}

/** Quantizes to 8 bits per channel; channels outside 0..1 are clamped. */
export function rgbToHex({ r, g, b }: Rgb): string {
  const byte = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, "0");
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}
