/**
 * SVG to PNG with resvg (compiled to WebAssembly). The module is compiled and instantiated
 * once per isolate, on first use; each render is independent and frees its wasm memory. A
 * render is a pure function of the SVG text, which is what lets a kit keep its renders across
 * requests (render_cache.ts).
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { serializeXml, type XmlElement } from "../logos/xml.ts";

/** The rasterizer's name and version, pinned in deno.json: stored renders carry it. */
export const RASTERIZER = "resvg-wasm@2.6.2";

/** An SVG document to PNG bytes: renderSvgText, or a cache in front of it. */
export type Renderer = (svg: string) => Promise<Uint8Array>;

let ready: Promise<void> | undefined;

/** Loads the wasm binary shipped in the npm package; a failed load is retried next time. */
function ensureResvg(): Promise<void> {
  if (!ready) {
    ready = readWasm().then((bytes) => initWasm(bytes));
    ready.catch(() => ready = undefined);
  }
  return ready;
}

async function readWasm(): Promise<Uint8Array> {
  // The static import above puts the package in the module graph, so it resolves to a file.
  const url = import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm");
  if (!url.startsWith("file:")) throw new Error(`resvg wasm not installed: ${url}`);
  return await Deno.readFile(new URL(url));
}

/**
 * `root` (a sanitized SVG tree) as an RGBA PNG of exactly `width` × `height` pixels with a
 * transparent background. The size is set on the root instead of asking resvg to fit, so the
 * pixel size is what the caller states; the viewBox keeps its aspect, centered
 * (preserveAspectRatio's default), so a non-square mark is letterboxed, not stretched.
 */
export async function renderPng(
  root: XmlElement,
  width: number,
  height: number,
  render: Renderer = renderSvgText,
): Promise<Uint8Array> {
  const attributes = new Map(root.attributes);
  attributes.set("width", String(width));
  attributes.set("height", String(height));
  return await render(serializeXml({ ...root, attributes }));
}

/**
 * An SVG document the kit composed itself (satori's layouts, which embed the sanitized marks
 * as images) at the size its root states.
 */
export async function renderSvgText(svg: string): Promise<Uint8Array> {
  await ensureResvg();
  // Outlines only: system fonts are never loaded, so a render cannot depend on the machine.
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
