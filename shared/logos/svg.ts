/** Small helpers for writing SVG markup from code. */
import { escapeAttribute, escapeText } from "./xml.ts";
import { SVG_NAMESPACE } from "./sanitize_svg.ts";

/** An SVG document with its intrinsic size in CSS pixels. */
export interface SvgAsset {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** A coordinate as written in markup: at most two decimals, no `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** One element; attributes whose value is undefined are left out. */
export function element(name: string, attributes: Attributes, content = ""): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeAttribute(typeof value === "number" ? num(value) : value)}"`;
  }
  return content === "" ? `${out}/>` : `${out}>${content}</${name}>`;
}

export interface DocumentOptions {
  /** min-x, min-y, width, height of the user coordinate system. */
  viewBox: readonly [number, number, number, number];
  width: number;
  height: number;
  /** Accessible name. */
  title?: string;
  body: string;
}

export function svgDocument(options: DocumentOptions): SvgAsset {
  const { viewBox, width, height, title, body } = options;
  const titled = title === undefined ? body : `<title>${escapeText(title)}</title>${body}`;
  const svg = element("svg", {
    xmlns: SVG_NAMESPACE,
    viewBox: viewBox.map(num).join(" "),
    width,
    height,
  }, titled);
  return { svg, width: Number(num(width)), height: Number(num(height)) };
}
