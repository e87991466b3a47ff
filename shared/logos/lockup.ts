/**
 * Lockups: the mark and the wordmark composed at fixed proportions, side by side
 * (horizontal) and mark over name (stacked), each in color, mono (everything in the text
 * color) and inverse (everything in the background color, on a text-colored field).
 */
import type { LogoPalette } from "./palette.ts";
import { sanitizeSvgTree, SVG_NAMESPACE } from "./sanitize_svg.ts";
import { num, type SvgAsset } from "./svg.ts";
import { prefixIds, recolor, type ViewBox, viewBoxOf } from "./svg_tree.ts";
import type { Box } from "./typeset.ts";
import type { Wordmark } from "./wordmark.ts";
import { serializeXml, type XmlElement } from "./xml.ts";

export type LockupLayout = "horizontal" | "stacked";
export type LockupVariant = "color" | "mono" | "inverse";

export type LockupSet = Readonly<Record<LockupVariant, SvgAsset>>;
export type Lockups = Readonly<Record<LockupLayout, LockupSet>>;

/** Proportions in cap heights of the wordmark, so lockups scale with the type. */
const PROPORTIONS: Record<LockupLayout, { markHeight: number; gap: number; padding: number }> = {
  horizontal: { markHeight: 2.6, gap: 0.9, padding: 0.8 },
  stacked: { markHeight: 4.2, gap: 1.1, padding: 0.8 },
};

/** The one color a variant draws everything in; color keeps the artwork's own colors. */
const INK: Record<LockupVariant, (palette: LogoPalette) => string | undefined> = {
  color: () => undefined,
  mono: (palette) => palette.text,
  inverse: (palette) => palette.background,
};

/**
 * All six lockups of a mark (any SVG: it is sanitized first) and a wordmark. `markBox` is the
 * part of the mark's canvas to show, for marks drawn with a margin (an app-icon safe zone);
 * by default the whole viewBox.
 */
export function lockups(
  mark: SvgAsset,
  wordmark: Wordmark,
  palette: LogoPalette,
  markBox?: ViewBox,
): Lockups {
  const parsed = sanitizeSvgTree(mark.svg).root;
  const markRoot = markBox ? withViewBox(parsed, markBox) : parsed;
  const wordRoot = sanitizeSvgTree(wordmark.svg).root;
  const set = (layout: LockupLayout): LockupSet => {
    const frame = arrange(layout, viewBoxOf(markRoot), wordmark);
    const variant = (name: LockupVariant): SvgAsset =>
      compose(frame, prefixIds(markRoot, `${layout}-${name}-`), wordRoot, name, palette, wordmark);
    return { color: variant("color"), mono: variant("mono"), inverse: variant("inverse") };
  };
  return { horizontal: set("horizontal"), stacked: set("stacked") };
}

interface Frame {
  mark: Box;
  wordmark: Box;
  /** The whole lockup, padding included. */
  canvas: Box;
}

function arrange(
  layout: LockupLayout,
  markBox: ViewBox,
  wordmark: Wordmark,
): Frame {
  const { markHeight, gap, padding } = PROPORTIONS[layout];
  const cap = wordmark.capHeight;
  const mh = markHeight * cap;
  const mw = mh * markBox[2] / markBox[3];
  let mark: Box;
  let word: Box;
  if (layout === "horizontal") {
    mark = { x1: 0, y1: 0, x2: mw, y2: mh };
    // The middle of the capitals sits on the middle of the mark.
    const top = mh / 2 - (wordmark.baseline - cap / 2);
    const left = mw + gap * cap;
    word = { x1: left, y1: top, x2: left + wordmark.width, y2: top + wordmark.height };
  } else {
    const width = Math.max(mw, wordmark.width);
    mark = { x1: (width - mw) / 2, y1: 0, x2: (width + mw) / 2, y2: mh };
    const top = mh + gap * cap;
    const left = (width - wordmark.width) / 2;
    word = { x1: left, y1: top, x2: left + wordmark.width, y2: top + wordmark.height };
  }
  const pad = padding * cap;
  const canvas = {
    x1: Math.min(mark.x1, word.x1) - pad,
    y1: Math.min(mark.y1, word.y1) - pad,
    x2: Math.max(mark.x2, word.x2) + pad,
    y2: Math.max(mark.y2, word.y2) + pad,
  };
  return { mark, wordmark: word, canvas };
}

function compose(
  frame: Frame,
  markRoot: XmlElement,
  wordRoot: XmlElement,
  variant: LockupVariant,
  palette: LogoPalette,
  wordmark: Wordmark,
): SvgAsset {
  const ink = INK[variant](palette);
  const paint = (root: XmlElement) => ink === undefined ? root : recolor(root, ink);
  const { canvas } = frame;
  const width = canvas.x2 - canvas.x1;
  const height = canvas.y2 - canvas.y1;
  const children: XmlElement[] = [
    {
      type: "element",
      name: "title",
      attributes: new Map(),
      children: [{ type: "text", value: wordmark.text }],
    },
  ];
  if (variant === "inverse") {
    children.push(leaf("rect", {
      x: num(canvas.x1),
      y: num(canvas.y1),
      width: num(width),
      height: num(height),
      fill: palette.text,
    }));
  }
  children.push(nest(paint(markRoot), frame.mark), nest(paint(wordRoot), frame.wordmark));
  const root: XmlElement = {
    type: "element",
    name: "svg",
    attributes: new Map([
      ["xmlns", SVG_NAMESPACE],
      ["viewBox", [canvas.x1, canvas.y1, width, height].map(num).join(" ")],
      ["width", num(width)],
      ["height", num(height)],
    ]),
    children,
  };
  return { svg: serializeXml(root), width: Number(num(width)), height: Number(num(height)) };
}

/** A document's content as a nested <svg> filling `box`; its own title is dropped. */
function nest(root: XmlElement, box: Box): XmlElement {
  const attributes = new Map([
    ["x", num(box.x1)],
    ["y", num(box.y1)],
    ["width", num(box.x2 - box.x1)],
    ["height", num(box.y2 - box.y1)],
    ["viewBox", root.attributes.get("viewBox")!],
  ]);
  for (const [name, value] of root.attributes) {
    if (!attributes.has(name) && name !== "xmlns") attributes.set(name, value);
  }
  const children = root.children.filter((c) => c.type !== "element" || c.name !== "title");
  return { type: "element", name: "svg", attributes, children };
}

function withViewBox(root: XmlElement, box: ViewBox): XmlElement {
  const attributes = new Map(root.attributes);
  attributes.set("viewBox", box.map(num).join(" "));
  return { ...root, attributes };
}

function leaf(name: string, attributes: Record<string, string>): XmlElement {
  return { type: "element", name, attributes: new Map(Object.entries(attributes)), children: [] };
}
