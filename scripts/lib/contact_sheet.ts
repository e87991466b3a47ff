/**
 * A contact sheet: rows of SVG artwork (marks, wordmarks, lockups) laid out on one white page
 * with a typeset label per row, rendered to PNG with resvg, so a person can look at a whole
 * benchmark at once.
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { sanitizeSvgTree } from "../../shared/logos/sanitize_svg.ts";
import { element, num, type SvgAsset } from "../../shared/logos/svg.ts";
import { prefixIds } from "../../shared/logos/svg_tree.ts";
import { type GlyphFont, typeset } from "../../shared/logos/typeset.ts";
import { serializeXml } from "../../shared/logos/xml.ts";

export interface SheetItem extends SvgAsset {
  /** Share of the row height the art takes (wordmarks read better smaller); default 1. */
  readonly scale?: number;
}

export interface SheetRow {
  readonly label: string;
  /** Drawn left to right, scaled to the row height (wide art keeps its aspect). */
  readonly items: readonly SheetItem[];
}

const CELL = 150;
const GAP = 18;
const LABEL = 26;
const MARGIN = 24;

let ready: Promise<void> | undefined;

/** The sheet as PNG bytes; `fonts` set the labels. */
export async function contactSheet(
  rows: readonly SheetRow[],
  fonts: readonly GlyphFont[],
): Promise<Uint8Array> {
  ready ??= Deno.readFile(new URL(import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm")))
    .then((bytes) => initWasm(bytes));
  await ready;
  let y = MARGIN;
  let width = 0;
  const body: string[] = [];
  rows.forEach((row, r) => {
    const label = typeset(row.label, fonts, { size: 15 });
    body.push(element("path", {
      d: label.d,
      fill: "#333",
      transform: `translate(${MARGIN} ${num(y + 16)})`,
    }));
    y += LABEL;
    let x = MARGIN;
    row.items.forEach((item, i) => {
      const root = prefixIds(sanitizeSvgTree(item.svg).root, `r${r}i${i}-`);
      const h = CELL * (item.scale ?? 1);
      const w = h * item.width / item.height;
      const attributes = new Map(root.attributes);
      attributes.set("x", num(x));
      attributes.set("y", num(y + (CELL - h) / 2));
      attributes.set("width", num(w));
      attributes.set("height", num(h));
      attributes.delete("xmlns");
      body.push(element("rect", {
        x: x - 1,
        y: y - 1,
        width: w + 2,
        height: CELL + 2,
        fill: "none",
        stroke: "#e4e4e4",
      }));
      body.push(serializeXml({ ...root, attributes }));
      x += w + GAP;
    });
    width = Math.max(width, x - GAP + MARGIN);
    y += CELL + GAP;
  });
  const height = y - GAP + MARGIN;
  const svg = element("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: Math.ceil(width),
    height: Math.ceil(height),
  }, element("rect", { width, height, fill: "#fff" }) + body.join(""));
  const resvg = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
}
