/**
 * The offline mark concepts: each draws one kind of geometric mark on a 100 × 100 canvas from
 * a seeded random stream and the palette. Kinds differ in construction (letters in a badge,
 * a sliced letter, a mirrored tile grid, stacked layers, a radial burst, orbit arcs,
 * overlapping forms, a split disc), so any two concepts of one request look different.
 *
 * Overlaps are separated by knockout gaps (masks) instead of painting the background color
 * over them, so every mark stays readable in one color (mono and inverse lockups).
 */
import type { LogoPalette } from "./palette.ts";
import type { Random } from "../random.ts";
import type { BadgeShape, OfflineConcept } from "../research/logo_styles_schema.ts";
import { element, num } from "./svg.ts";

export type { BadgeShape, OfflineConcept };
import { type GlyphFont, typeset } from "./typeset.ts";

/** Concepts drawn from the name's initials; skipped when the fonts cannot set them. */
export const LETTER_CONCEPTS: ReadonlySet<OfflineConcept> = new Set([
  "monogram-badge",
  "letter-cut",
]);

/** Marks are drawn in a 100 × 100 user space. */
export const CANVAS_SIZE = 100;
const C = CANVAS_SIZE / 2;

export interface ConceptContext {
  readonly random: Random;
  readonly palette: LogoPalette;
  /** One or two capitals; empty when the fonts cannot set them. */
  readonly initials: string;
  readonly fonts: readonly GlyphFont[];
  /** Prefix of element ids, unique per mark so that marks can share one page. */
  readonly ids: string;
  readonly badgeShapes: readonly BadgeShape[];
}

/** Draws the inner markup (defs and shapes) of one concept. */
export const DRAW_CONCEPT: Readonly<Record<OfflineConcept, (ctx: ConceptContext) => string>> = {
  "monogram-badge": monogramBadge,
  "letter-cut": letterCut,
  mosaic,
  "stacked-shapes": stackedShapes,
  "radial-burst": radialBurst,
  orbit,
  interlock,
  "split-disc": splitDisc,
};

function monogramBadge(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const shape = random.pick(ctx.badgeShapes);
  const corner = random.range(10, 22);
  const layers: Layer[] = [{ paint: palette.primary, shapes: [path(badge(shape, 1, corner))] }];
  if (random.chance(0.6)) {
    const ring = badge(shape, 0.87, corner) + badge(shape, 0.81, corner);
    layers.push({
      paint: random.pick([palette.secondary, palette.accent]),
      shapes: [element("path", { d: ring, "fill-rule": "evenodd" })],
      gap: 1.6,
    });
  }
  const box = LETTER_BOXES[shape];
  layers.push({ shapes: [fitText(ctx.initials, ctx.fonts, box)] });
  return layered(layers, ctx.ids);
}

/** Where a badge's letters go: center and the largest width and height they may take. */
const LETTER_BOXES: Record<BadgeShape, TextBox> = {
  circle: { cx: 50, cy: 50, width: 44, height: 34 },
  "rounded-square": { cx: 50, cy: 50, width: 52, height: 38 },
  hexagon: { cx: 50, cy: 50, width: 44, height: 34 },
  shield: { cx: 50, cy: 47, width: 46, height: 34 },
  diamond: { cx: 50, cy: 50, width: 34, height: 26 },
};

function letterCut(ctx: ConceptContext): string {
  const { random, palette, ids } = ctx;
  const letter = fitText([...ctx.initials][0], ctx.fonts, {
    cx: 50,
    cy: 50,
    width: 70,
    height: 76,
  });
  const angle = random.range(-55, 55) * Math.PI / 180;
  const along = { x: Math.cos(angle), y: Math.sin(angle) };
  const normal = { x: -along.y, y: along.x };
  const through = random.range(-8, 8);
  const gap = random.range(3, 5);
  // Two half-planes on either side of the cut line, `gap` apart, each clipping one piece.
  const half = (side: 1 | -1) => {
    const at = (across: number, length: number) =>
      point(C + normal.x * across + along.x * length, C + normal.y * across + along.y * length);
    const near = side * gap / 2 + through;
    const far = side * 200 + through;
    return path(`M${at(near, -200)}L${at(near, 200)}L${at(far, 200)}L${at(far, -200)}Z`);
  };
  const slide = random.chance(0.5) ? random.range(2, 4) : 0;
  const defs = element("clipPath", { id: `${ids}-a` }, half(-1)) +
    element("clipPath", { id: `${ids}-b` }, half(1));
  return element("defs", {}, defs) +
    element("g", { fill: palette.primary, "clip-path": `url(#${ids}-a)` }, letter) +
    element("g", {
      fill: random.pick([palette.secondary, palette.accent]),
      "clip-path": `url(#${ids}-b)`,
      transform: slide ? `translate(${num(along.x * slide)} ${num(along.y * slide)})` : undefined,
    }, letter);
}

type Corner = 0 | 1 | 2 | 3; // top-left, top-right, bottom-right, bottom-left
const MIRRORED: Record<Corner, Corner> = { 0: 1, 1: 0, 2: 3, 3: 2 };

const TILES = ["empty", "square", "circle", "quarter", "triangle"] as const;
type Tile = typeof TILES[number];

/** A 4 × 4 grid of tiles, mirrored left to right, drawn from the random stream. */
function mosaic(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const cell = 20;
  const inset = 1.25;
  const paints = [palette.primary, palette.primary, palette.secondary, palette.accent];
  const half = Array.from({ length: 8 }, () => ({
    tile: random.pick(TILES) as Tile,
    corner: random.int(4) as Corner,
    paint: random.pick(paints),
  }));
  // A sparse grid falls apart: fill empty tiles up to five, and make sure one is primary.
  for (const t of half) {
    if (t.tile === "empty" && half.filter((h) => h.tile !== "empty").length < 5) t.tile = "square";
  }
  if (!half.some((t) => t.tile !== "empty" && t.paint === palette.primary)) {
    half.find((t) => t.tile !== "empty")!.paint = palette.primary;
  }
  const tiles = half.flatMap(({ tile, corner, paint }, i) => {
    const row = Math.floor(i / 2);
    const col = i % 2;
    return ([[col, corner], [3 - col, MIRRORED[corner]]] as const).map(([c, k]) => {
      const drawn = tileShape(
        tile,
        10 + c * cell + inset,
        10 + row * cell + inset,
        cell - 2 * inset,
        k,
      );
      return [paint, drawn] as const;
    });
  });
  return groupByPaint(tiles.filter(([, drawn]) => drawn !== ""));
}

function tileShape(tile: Tile, x: number, y: number, s: number, corner: Corner): string {
  const corners = [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
  const at = (k: number) => point(corners[k % 4][0], corners[k % 4][1]);
  switch (tile) {
    case "square":
      return element("rect", { x, y, width: s, height: s, rx: s * 0.12 });
    case "circle":
      return element("circle", { cx: x + s / 2, cy: y + s / 2, r: s / 2 });
    case "quarter":
      // A quarter disc centered on one corner, spanning the tile.
      return path(`M${at(corner)}L${at(corner + 1)}A${num(s)} ${num(s)} 0 0 1 ${at(corner + 3)}Z`);
    case "triangle":
      return path(`M${at(corner)}L${at(corner + 1)}L${at(corner + 3)}Z`);
    case "empty":
      return "";
  }
}

function stackedShapes(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const paints = shuffle(random, [palette.primary, palette.secondary, palette.accent]);
  const kind = random.pick(["layers", "chevrons", "bars", "coins"] as const);
  const gap = 2.5;
  let shapes: string[];
  if (kind === "layers") {
    // Flattened diamonds stacked like sheets, the top one drawn last.
    shapes = [70, 50, 30].map((cy) => path(`M50 ${cy - 18}L90 ${cy}L50 ${cy + 18}L10 ${cy}Z`));
  } else if (kind === "chevrons") {
    const t = 16;
    shapes = [44, 28, 12].map((y) =>
      path(`M50 ${y}L88 ${y + 30}L88 ${y + 30 + t}L50 ${y + t}L12 ${y + 30 + t}L12 ${y + 30}Z`)
    );
  } else if (kind === "bars") {
    const align = random.pick([0, 0.5, 1]);
    shapes = [60, 39, 18].map((y) => {
      const width = random.range(52, 84);
      return element("rect", { x: 8 + (84 - width) * align, y, width, height: 22, rx: 11 });
    });
  } else {
    const flip = random.chance(0.5) ? -1 : 1;
    shapes = [[36, 62, 27], [53, 46, 22], [67, 32, 17]].map(([x, y, r]) =>
      element("circle", { cx: C + (x - C) * flip, cy: y, r })
    );
  }
  return layered(shapes.map((shape, i) => ({ paint: paints[i], shapes: [shape], gap })), ctx.ids);
}

function radialBurst(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const count = 5 + random.int(8);
  const inner = random.range(10, 18);
  const outer = 45;
  const mid = (inner + outer) / 2;
  const width = Math.min(mid * Math.tan(Math.PI / count) * 0.8, 13);
  const kind = random.pick(["lozenge", "petal", "bar"] as const);
  const petal = (degrees: number) => {
    const transform = `rotate(${num(degrees)} 50 50)`;
    if (kind === "lozenge") {
      const d = `M${point(C, C - inner)}L${point(C + width, C - mid)}L${point(C, C - outer)}` +
        `L${point(C - width, C - mid)}Z`;
      return element("path", { d, transform });
    }
    if (kind === "petal") {
      return element("ellipse", {
        cx: C,
        cy: C - mid,
        rx: width,
        ry: (outer - inner) / 2,
        transform,
      });
    }
    // Straight bars keep their width down to the center: keep neighbours apart there too.
    const bar = Math.min(width, 2 * inner * Math.sin(Math.PI / count) * 0.85);
    const height = outer - inner;
    return element("rect", {
      x: C - bar / 2,
      y: C - outer,
      width: bar,
      height,
      rx: bar / 2,
      transform,
    });
  };
  const turn = random.range(0, 360 / count);
  const alternate = count % 2 === 0 && random.chance(0.7);
  const petals = Array.from({ length: count }, (_, i) => {
    const paint = alternate && i % 2 === 1 ? palette.secondary : palette.primary;
    return [paint, petal(turn + i * 360 / count)] as const;
  });
  const core = inner > 12
    ? element("circle", { cx: C, cy: C, r: inner - 4, fill: palette.accent })
    : "";
  return groupByPaint(petals) + core;
}

function orbit(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const rings = 2 + random.int(2);
  const thickness = random.range(6, 9);
  const spacing = 4;
  const round = random.chance(0.7);
  const arcs: string[] = [];
  let radius = 45;
  for (let k = 0; k < rings; k++) {
    const start = random.range(0, 360);
    const sweep = random.range(200, 320);
    const paint = k % 2 === 0 ? palette.primary : palette.secondary;
    arcs.push(
      element("path", {
        d: arcBand(radius - thickness, radius, start, start + sweep, round),
        fill: paint,
      }),
    );
    radius -= thickness + spacing;
  }
  return arcs.join("") + element("circle", { cx: C, cy: C, r: radius, fill: palette.accent });
}

function interlock(ctx: ConceptContext): string {
  const { random, palette, ids } = ctx;
  const r = random.range(24, 28);
  const distance = r * random.range(0.9, 1.25);
  const angle = random.pick([0, 45, 90, -45]) * Math.PI / 180;
  const dx = Math.cos(angle) * distance / 2;
  const dy = Math.sin(angle) * distance / 2;
  const squares = random.chance(0.4);
  const form = (x: number, y: number, extra: Record<string, string> = {}) =>
    squares
      ? element("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, rx: r * 0.3, ...extra })
      : element("circle", { cx: x, cy: y, r, ...extra });
  const clip = element("clipPath", { id: `${ids}-b` }, form(C + dx, C + dy));
  return layered(
    [
      { paint: palette.primary, shapes: [form(C - dx, C - dy)] },
      { paint: palette.secondary, shapes: [form(C + dx, C + dy)], gap: 2.5 },
      // The overlap: the first form clipped to the second, cut out of both with a gap.
      {
        paint: palette.accent,
        shapes: [form(C - dx, C - dy, { "clip-path": `url(#${ids}-b)` })],
        gap: 2.5,
      },
    ],
    ids,
    clip,
  );
}

function splitDisc(ctx: ConceptContext): string {
  const { random, palette } = ctx;
  const count = 2 + random.int(3);
  const turn = random.range(0, 360);
  const stepped = random.chance(0.5);
  const paints = shuffle(random, [palette.primary, palette.secondary, palette.accent]);
  if (count === 2 && !paints.slice(0, 2).includes(palette.primary)) paints[0] = palette.primary;
  // Each sector moves out along its bisector, opening straight gaps between them.
  const push = 2;
  const sectors: string[] = [];
  for (let i = 0; i < count; i++) {
    const a0 = turn + i * 360 / count;
    const a1 = a0 + 360 / count;
    const r = stepped && i > 0 ? random.range(34, 44) : 44;
    const ox = Math.cos(rad((a0 + a1) / 2)) * push;
    const oy = Math.sin(rad((a0 + a1) / 2)) * push;
    const large = a1 - a0 > 180 ? 1 : 0;
    const d = `M${point(C + ox, C + oy)}L${polar(r, a0, ox, oy)}` +
      `A${num(r)} ${num(r)} 0 ${large} 1 ${polar(r, a1, ox, oy)}Z`;
    sectors.push(element("path", { d, fill: paints[i % paints.length] }));
  }
  return sectors.join("");
}

/** One group per color, so that each fill is written once. */
function groupByPaint(shapes: readonly (readonly [paint: string, shape: string])[]): string {
  const groups = new Map<string, string>();
  for (const [paint, shape] of shapes) groups.set(paint, (groups.get(paint) ?? "") + shape);
  return [...groups].map(([paint, body]) => element("g", { fill: paint }, body)).join("");
}

interface Layer {
  /** Fill color; undefined for a pure knockout that only cuts the layers below. */
  readonly paint?: string;
  readonly shapes: readonly string[];
  /** Clearance this layer cuts around itself in the layers below. */
  readonly gap?: number;
}

/**
 * Stacks layers bottom to top; each layer is masked by the shapes of every layer above it,
 * widened by their gap, so overlaps read as separate forms even in a single color.
 */
function layered(layers: readonly Layer[], ids: string, defs = ""): string {
  const masks: string[] = [];
  const body: string[] = [];
  layers.forEach((layer, i) => {
    if (layer.paint === undefined) return;
    const above = layers.slice(i + 1);
    let mask: string | undefined;
    if (above.length > 0) {
      const id = `${ids}-k${i}`;
      const cuts = above.map(({ shapes, gap = 0 }) =>
        element("g", {
          fill: "#000",
          stroke: gap > 0 ? "#000" : undefined,
          "stroke-width": gap > 0 ? 2 * gap : undefined,
          "stroke-linejoin": gap > 0 ? "round" : undefined,
        }, shapes.join(""))
      );
      const area = { x: -10, y: -10, width: 120, height: 120 };
      masks.push(element(
        "mask",
        { id, maskUnits: "userSpaceOnUse", ...area },
        element("rect", { ...area, fill: "#fff" }) + cuts.join(""),
      ));
      mask = `url(#${id})`;
    }
    body.push(element("g", { fill: layer.paint, mask }, layer.shapes.join("")));
  });
  const allDefs = defs + masks.join("");
  return (allDefs ? element("defs", {}, allDefs) : "") + body.join("");
}

export interface TextBox {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/** The text as one path, as large as fits the box, centered on its ink. */
export function fitText(text: string, fonts: readonly GlyphFont[], box: TextBox): string {
  const probe = typeset(text, fonts, { size: 100 }).bounds!;
  const scale = Math.min(box.width / (probe.x2 - probe.x1), box.height / (probe.y2 - probe.y1));
  // Set at the final size rather than scaling a path: transforms would scale knockout gaps.
  const line = typeset(text, fonts, { size: 100 * scale });
  const b = line.bounds!;
  const x = box.cx - (b.x1 + b.x2) / 2;
  const y = box.cy - (b.y1 + b.y2) / 2;
  return element("path", { d: line.d, transform: `translate(${num(x)} ${num(y)})` });
}

/** Outline of a badge shape, scaled about the canvas center. */
function badge(shape: BadgeShape, scale: number, corner: number): string {
  switch (shape) {
    case "circle": {
      const r = 44 * scale;
      const arc = (x: number) => `A${num(r)} ${num(r)} 0 1 0 ${num(x)} ${C}`;
      return `M${num(C - r)} ${C}${arc(C + r)}${arc(C - r)}Z`;
    }
    case "rounded-square": {
      const lo = C - 42 * scale;
      const hi = C + 42 * scale;
      const r = corner * scale;
      const arc = (x: number, y: number) => `A${num(r)} ${num(r)} 0 0 1 ${point(x, y)}`;
      return `M${point(lo + r, lo)}H${num(hi - r)}${arc(hi, lo + r)}V${num(hi - r)}` +
        `${arc(hi - r, hi)}H${num(lo + r)}${arc(lo, hi - r)}V${num(lo + r)}${arc(lo + r, lo)}Z`;
    }
    case "hexagon":
      return regularPolygon(6, 46 * scale, -90);
    case "diamond":
      return regularPolygon(4, 46 * scale, -90);
    case "shield": {
      const p = (x: number, y: number) => point(C + (x - C) * scale, C + (y - C) * scale);
      return `M${p(50, 5)}L${p(88, 17)}L${p(88, 50)}C${p(88, 73)} ${p(72, 87)} ${p(50, 96)}` +
        `C${p(28, 87)} ${p(12, 73)} ${p(12, 50)}L${p(12, 17)}Z`;
    }
  }
}

function regularPolygon(sides: number, radius: number, startDegrees: number): string {
  const points = Array.from(
    { length: sides },
    (_, i) => polar(radius, startDegrees + i * 360 / sides),
  );
  return `M${points.join("L")}Z`;
}

/** A ring segment from angle a0 to a1 (degrees, clockwise), optionally with round ends. */
function arcBand(inner: number, outer: number, a0: number, a1: number, round: boolean): string {
  const large = a1 - a0 > 180 ? 1 : 0;
  const cap = num((outer - inner) / 2);
  const across = round ? `A${cap} ${cap} 0 0 1` : "L";
  return `M${polar(outer, a0)}A${num(outer)} ${num(outer)} 0 ${large} 1 ${polar(outer, a1)}` +
    `${across}${polar(inner, a1)}A${num(inner)} ${num(inner)} 0 ${large} 0 ${polar(inner, a0)}` +
    `${round ? `${across}${polar(outer, a0)}` : ""}Z`;
}

function polar(radius: number, degrees: number, dx = 0, dy = 0): string {
  return point(C + dx + radius * Math.cos(rad(degrees)), C + dy + radius * Math.sin(rad(degrees)));
}

const point = (x: number, y: number) => `${num(x)} ${num(y)}`;

const rad = (degrees: number) => degrees * Math.PI / 180;

const path = (d: string) => element("path", { d });

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
