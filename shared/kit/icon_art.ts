/**
 * Square icon artwork with padding: the mark centered on a field, for app icons and web
 * app manifests, where platforms cut the corners (iOS squircle, Android masks) or crop to a
 * circle. Pure: SVG in, SVG tree out.
 */
import { sanitizeSvgTree, SVG_NAMESPACE } from "../logos/sanitize_svg.ts";
import { num, type SvgAsset } from "../logos/svg.ts";
import { viewBoxOf } from "../logos/svg_tree.ts";
import type { XmlElement } from "../logos/xml.ts";

/** The canvas is 100 × 100 user units; the mark's box is `scale` of it. */
const CANVAS = 100;

/**
 * App icons: the mark's box takes 60% of the side, so an iOS or Android mask never touches
 * it. Maskable icons: the box fits the central 80%-diameter circle every mask keeps
 * (a square of side s has diagonal s·√2 ≤ 0.8, so s ≤ 0.56).
 */
export const APP_ICON_SCALE = 0.6;
export const MASKABLE_SCALE = 0.54;

/** The mark centered at `scale` of a square canvas, on `field` (transparent when omitted). */
export function paddedIcon(mark: SvgAsset, scale: number, field?: string): XmlElement {
  const root = sanitizeSvgTree(mark.svg).root;
  const [, , width, height] = viewBoxOf(root);
  const side = CANVAS * scale;
  // The longer side of the mark spans the box; the other is centered in it.
  const w = width >= height ? side : side * width / height;
  const h = width >= height ? side * height / width : side;
  const nested = new Map(root.attributes);
  nested.delete("xmlns");
  nested.set("x", num((CANVAS - w) / 2));
  nested.set("y", num((CANVAS - h) / 2));
  nested.set("width", num(w));
  nested.set("height", num(h));
  const inner: XmlElement = {
    ...root,
    attributes: nested,
    children: root.children.filter((c) => c.type !== "element" || c.name !== "title"),
  };
  const children: XmlElement[] = field === undefined ? [inner] : [rect(field), inner];
  return {
    type: "element",
    name: "svg",
    attributes: new Map([
      ["xmlns", SVG_NAMESPACE],
      ["viewBox", `0 0 ${CANVAS} ${CANVAS}`],
      ["width", String(CANVAS)],
      ["height", String(CANVAS)],
    ]),
    children,
  };
}

function rect(fill: string): XmlElement {
  return {
    type: "element",
    name: "rect",
    attributes: new Map([["width", String(CANVAS)], ["height", String(CANVAS)], ["fill", fill]]),
    children: [],
  };
}
