/**
 * The mark composer: a library icon (or the name's initials) set into a mark of one family:
 * in a container (circle, rounded square, shield, hexagon, badge), over a monogram, in an
 * emblem with the name on its ring, on its own (the symbol that lockups pair with the
 * wordmark), or a lettermark.
 *
 * Three rules hold for every family, so that marks of one kit look like one system:
 * - optical centring: the icon is placed by the box of its actual ink, not its 24-unit grid,
 *   at the container's optical centre, and sized by its area so a wide icon is not dwarfed;
 * - one stroke weight: the icon's stroke is set in canvas units (a fixed share of the space the
 *   icon gets), whatever the icon's own scale, so a small icon is not drawn thin;
 * - a safe zone: all ink lies within the central circle of 80% of the canvas, so the mark
 *   survives every app-icon mask (circle, squircle, rounded square).
 * Filled containers cut the icon out with a mask instead of painting it in the paper color,
 * so every mark stays readable in one color (mono and inverse lockups).
 */
import { fitText } from "../logos/concepts.ts";
import type { LogoPalette } from "../logos/palette.ts";
import { element, num, type SvgAsset, svgDocument } from "../logos/svg.ts";
import { type GlyphFont, typeset } from "../logos/typeset.ts";
import { type Icon, ICON_STROKE } from "./icons.ts";

export const MARK_FAMILIES = [
  "icon-circle",
  "icon-rounded-square",
  "icon-shield",
  "icon-hexagon",
  "icon-badge",
  "icon-monogram",
  "emblem",
  "symbol",
  "lettermark",
] as const;
export type MarkFamily = typeof MARK_FAMILIES[number];

/** Families that need an icon; the lettermark needs initials instead. */
export const ICON_FAMILIES: ReadonlySet<MarkFamily> = new Set(
  MARK_FAMILIES.filter((f) => f !== "lettermark"),
);

/** The canvas marks are drawn on, and the radius of the safe circle (80% of it). */
export const CANVAS = 100;
export const SAFE_RADIUS = 40;
const C = CANVAS / 2;

/**
 * Stroke width as a share of the box the icon is fitted to: a little under the icons' own 2 on
 * 24, which clogs detailed icons once they are cut out of a filled container.
 */
const STROKE_SHARE = 1.75 / 24;

export interface ComposeContext {
  readonly palette: LogoPalette;
  /** The wordmark fonts; they set initials and the emblem's name. */
  readonly fonts: readonly GlyphFont[];
  readonly name: string;
  /** One or two capitals the fonts can set, or "" (families that need them are skipped). */
  readonly initials: string;
  /** Prefix of element ids, unique per mark so that marks can share one page. */
  readonly ids: string;
}

/** Where an icon goes: its optical centre, the box it must fit, the size its area aims at. */
interface Slot {
  readonly cx: number;
  readonly cy: number;
  readonly width: number;
  readonly height: number;
  /** Side of the square an icon of average shape would fill. */
  readonly area: number;
}

/** The inner markup of one family. */
const DRAW: Readonly<Record<MarkFamily, (icon: Icon | undefined, ctx: ComposeContext) => string>> =
  {
    "icon-circle": (icon, ctx) =>
      cutContainer(circlePath(SAFE_RADIUS), needIcon(icon), slot(50, 50, 42, 38), ctx),
    "icon-rounded-square": (icon, ctx) =>
      cutContainer(roundedSquare(64, 15), needIcon(icon), slot(50, 50, 40, 36), ctx),
    "icon-shield": (icon, ctx) => cutContainer(SHIELD, needIcon(icon), slot(50, 46, 34, 31), ctx),
    "icon-hexagon": hexagon,
    "icon-badge": badge,
    "icon-monogram": monogram,
    emblem,
    symbol: (icon, ctx) => drawIcon(needIcon(icon), slot(50, 50, 62, 54), ctx.palette.primary),
    lettermark,
  };

export interface ComposedMark extends SvgAsset {
  readonly family: MarkFamily;
}

/** One mark of `family`; icon families need an icon, letter families need initials. */
export function composeMark(
  family: MarkFamily,
  icon: Icon | undefined,
  ctx: ComposeContext,
): ComposedMark {
  const asset = svgDocument({
    viewBox: [0, 0, CANVAS, CANVAS],
    width: 512,
    height: 512,
    title: `${ctx.name} mark`,
    body: DRAW[family](icon, ctx),
  });
  return { family, ...asset };
}

/** What a family needs at hand: an icon, settable initials, a name the fonts can set. */
export interface Materials {
  readonly hasIcon: boolean;
  readonly initials: string;
  /** True when the fonts have every glyph of the name in capitals (the emblem sets it). */
  readonly nameSettable: boolean;
}

/** True when `family` can be drawn with what is at hand. */
export function canCompose(family: MarkFamily, materials: Materials): boolean {
  const needsIcon = ICON_FAMILIES.has(family);
  const needsLetters = family === "lettermark" || family === "icon-monogram";
  return (!needsIcon || materials.hasIcon) && (!needsLetters || materials.initials !== "") &&
    (family !== "emblem" || materials.nameSettable);
}

function needIcon(icon: Icon | undefined): Icon {
  if (!icon) throw new RangeError("this mark family needs an icon");
  return icon;
}

const slot = (cx: number, cy: number, box: number, area: number): Slot => ({
  cx,
  cy,
  width: box,
  height: box,
  area,
});

/**
 * The icon's paths scaled into `slot`: its stroke geometry (its ink less half the stroke it was
 * measured with) is fitted so that the ink at the new stroke fills the slot.
 */
function drawIcon(icon: Icon, at: Slot, paint: string): string {
  const weight = STROKE_SHARE * Math.max(at.width, at.height);
  const half = ICON_STROKE / 2;
  const gx1 = icon.ink.x1 + half;
  const gy1 = icon.ink.y1 + half;
  const gw = Math.max(icon.ink.x2 - half - gx1, 0.5);
  const gh = Math.max(icon.ink.y2 - half - gy1, 0.5);
  const scale = Math.min(
    (at.width - weight) / gw,
    (at.height - weight) / gh,
    (at.area - weight) / Math.sqrt(gw * gh),
  );
  const tx = at.cx - scale * (gx1 + gw / 2);
  const ty = at.cy - scale * (gy1 + gh / 2);
  const strokes = element("path", { d: icon.stroke });
  const fills = icon.fill === ""
    ? ""
    : element("path", { d: icon.fill, fill: paint, stroke: "none" });
  return element("g", {
    transform: `translate(${num(tx)} ${num(ty)}) scale(${scale.toFixed(4)})`,
    fill: "none",
    stroke: paint,
    "stroke-width": (weight / scale).toFixed(3),
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
  }, strokes + fills);
}

/** A filled container with the icon (and any extra shapes) cut out of it. */
function cutContainer(
  outline: string,
  icon: Icon,
  at: Slot,
  ctx: ComposeContext,
  extraCuts = "",
): string {
  const id = `${ctx.ids}-cut`;
  const area = { x: 0, y: 0, width: CANVAS, height: CANVAS };
  const mask = element(
    "mask",
    { id, maskUnits: "userSpaceOnUse", ...area },
    element("rect", { ...area, fill: "#fff" }) + drawIcon(icon, at, "#000") + extraCuts,
  );
  return element("defs", {}, mask) +
    element("path", { d: outline, fill: ctx.palette.primary, mask: `url(#${id})` });
}

function hexagon(icon: Icon | undefined, ctx: ComposeContext): string {
  const ring = 4;
  const outline = polygon(6, SAFE_RADIUS - ring / 2, -90);
  return element("path", {
    d: outline,
    fill: "none",
    stroke: ctx.palette.primary,
    "stroke-width": ring,
    "stroke-linejoin": "round",
  }) + drawIcon(needIcon(icon), slot(50, 50, 38, 34), ctx.palette.primary);
}

function badge(icon: Icon | undefined, ctx: ComposeContext): string {
  const { primary, secondary } = ctx.palette;
  return element("circle", {
    cx: C,
    cy: C,
    r: SAFE_RADIUS - 1.75,
    fill: "none",
    stroke: primary,
    "stroke-width": 3.5,
  }) +
    element("circle", {
      cx: C,
      cy: C,
      r: 32,
      fill: "none",
      stroke: secondary,
      "stroke-width": 1.2,
    }) +
    drawIcon(needIcon(icon), slot(50, 50, 36, 32), primary);
}

/** The icon over the initials, both in the primary color. */
function monogram(icon: Icon | undefined, ctx: ComposeContext): string {
  const letters = fitText(ctx.initials, ctx.fonts, { cx: 50, cy: 69, width: 30, height: 13 });
  return drawIcon(needIcon(icon), slot(50, 38, 38, 33), ctx.palette.primary) +
    element("g", { fill: ctx.palette.text }, letters);
}

function lettermark(_icon: Icon | undefined, ctx: ComposeContext): string {
  const letters = fitText(ctx.initials, ctx.fonts, { cx: 50, cy: 50, width: 50, height: 40 });
  const ring = element("circle", {
    cx: C,
    cy: C,
    r: SAFE_RADIUS - 1.5,
    fill: "none",
    stroke: ctx.palette.secondary,
    "stroke-width": 3,
  });
  return ring + element("g", { fill: ctx.palette.primary }, letters);
}

/** A round seal: the name set on the upper arc between two rings, the icon in the middle. */
function emblem(icon: Icon | undefined, ctx: ComposeContext): string {
  const { primary, secondary } = ctx.palette;
  const rings = element(
    "g",
    { fill: "none", stroke: primary },
    [
      element("circle", { cx: C, cy: C, r: SAFE_RADIUS - 1.2, "stroke-width": 2.4 }),
      element("circle", { cx: C, cy: C, r: 26, "stroke-width": 1.2 }),
    ].join(""),
  );
  // Three dots close the seal at the bottom, where the name does not reach.
  const dots = [-14, 0, 14].map((degrees) => {
    const angle = rad(90 + degrees);
    return element("circle", {
      cx: C + 32.3 * Math.cos(angle),
      cy: C + 32.3 * Math.sin(angle),
      r: 1.5,
    });
  }).join("");
  return rings +
    element("g", { fill: primary }, arcText(ctx.name.toUpperCase(), ctx.fonts, 29.6, 5.6)) +
    element("g", { fill: secondary }, dots) +
    drawIcon(needIcon(icon), slot(50, 50, 30, 27), primary);
}

/**
 * `text` on an arc over the top of the canvas centre: each glyph stands on the circle of
 * `radius` (its baseline), turned to face outwards. The text shrinks to fit 200° of arc.
 */
function arcText(text: string, fonts: readonly GlyphFont[], radius: number, capHeight: number) {
  const chars = [...text];
  const spacing = 0.16;
  const sizeFor = (cap: number) => cap / 0.72;
  const measure = (size: number) =>
    chars.map((char) => typeset(char, fonts, { size }).advance + spacing * size);
  let size = sizeFor(capHeight);
  let advances = measure(size);
  const maxArc = rad(200) * radius;
  const total = advances.reduce((a, b) => a + b, 0) - spacing * size;
  if (total > maxArc) {
    size *= maxArc / total;
    advances = measure(size);
  }
  const length = advances.reduce((a, b) => a + b, 0) - spacing * size;
  let along = -length / 2;
  return chars.map((char, i) => {
    const line = typeset(char, fonts, { size });
    const middle = along + line.advance / 2;
    along += advances[i];
    if (!line.bounds) return "";
    const degrees = (middle / radius) * 180 / Math.PI;
    // Glyph origin at the baseline middle, rotated about the canvas centre.
    return element("path", {
      d: line.d,
      transform: `rotate(${num(degrees)} ${C} ${C}) translate(${num(C - line.advance / 2)} ${
        num(C - radius)
      })`,
    });
  }).join("");
}

function circlePath(r: number): string {
  const arc = (x: number) => `A${num(r)} ${num(r)} 0 1 0 ${num(x)} ${C}`;
  return `M${num(C - r)} ${C}${arc(C + r)}${arc(C - r)}Z`;
}

function roundedSquare(side: number, r: number): string {
  const lo = C - side / 2;
  const hi = C + side / 2;
  const arc = (x: number, y: number) => `A${num(r)} ${num(r)} 0 0 1 ${num(x)} ${num(y)}`;
  return `M${num(lo + r)} ${num(lo)}H${num(hi - r)}${arc(hi, lo + r)}V${num(hi - r)}` +
    `${arc(hi - r, hi)}H${num(lo + r)}${arc(lo, hi - r)}V${num(lo + r)}${arc(lo + r, lo)}Z`;
}

/** A heater shield inside the safe circle; its optical centre sits above the middle. */
const SHIELD = "M50 11L76 20.5V47C76 65 65 78.5 50 88C35 78.5 24 65 24 47V20.5Z";

function polygon(sides: number, radius: number, startDegrees: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const a = rad(startDegrees + i * 360 / sides);
    return `${num(C + radius * Math.cos(a))} ${num(C + radius * Math.sin(a))}`;
  });
  return `M${points.join("L")}Z`;
}

const rad = (degrees: number) => degrees * Math.PI / 180;
