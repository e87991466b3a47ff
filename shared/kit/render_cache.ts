/**
 * A kit's renders, kept to be used again: PNGs keyed by the SHA-256 of the SVG document resvg
 * drew, or of a key naming everything the SVG is made from (a satori layout). A render depends
 * on nothing but that text (no system fonts) and the rasterizer's version, so a kit built from
 * kept renders is byte for byte the kit built live. The export
 * stores them between its two requests (export.ts), as a ZIP of stored entries named
 * `<rasterizer>/<sha256>.png`; entries of another rasterizer version are ignored.
 */
import { unzipSync, zipSync } from "fflate";
import { sha256HexSync as sha256Hex } from "../hash_sync.ts";
import { RASTERIZER, type Renderer, renderSvgText } from "./render.ts";

const encoder = new TextEncoder();
/** Any fixed time: the archive's bytes then depend on the renders alone. */
const MTIME = new Date(2000, 0, 1);

export class RenderCache {
  readonly #pngs: Map<string, Uint8Array>;
  #rendered = 0;

  constructor(pngs: Map<string, Uint8Array> = new Map()) {
    this.#pngs = pngs;
  }

  /** The renders of ZIPs written by toZip; what another rasterizer version made is left out. */
  static fromZips(zips: readonly Uint8Array[]): RenderCache {
    const prefix = `${RASTERIZER}/`;
    const pngs = new Map<string, Uint8Array>();
    for (const zip of zips) {
      for (const [path, png] of Object.entries(unzipSync(zip))) {
        if (path.startsWith(prefix) && path.endsWith(".png")) {
          pngs.set(path.slice(prefix.length, -".png".length), png);
        }
      }
    }
    return new RenderCache(pngs);
  }

  /** The kept PNG of `svg`, else a live render, kept. */
  readonly render: Renderer = (svg) => this.#png(`svg\n${svg}`, () => Promise.resolve(svg));

  /** The kept PNG under `key`, else `svg()` rendered and kept under it. */
  keyed(key: string, svg: () => Promise<string>): Promise<Uint8Array> {
    return this.#png(`key\n${key}`, svg);
  }

  async #png(key: string, svg: () => Promise<string>): Promise<Uint8Array> {
    const hash = sha256Hex(encoder.encode(key));
    let png = this.#pngs.get(hash);
    if (!png) {
      png = await renderSvgText(await svg());
      this.#pngs.set(hash, png);
      this.#rendered++;
    }
    return png;
  }

  /** Renders kept. */
  get size(): number {
    return this.#pngs.size;
  }

  /** Renders this cache had to make (not found kept). */
  get rendered(): number {
    return this.#rendered;
  }

  /** Every render, stored uncompressed (PNG is compressed already), in key order. */
  toZip(): Uint8Array {
    const keys = [...this.#pngs.keys()].sort();
    return zipSync(Object.fromEntries(
      keys.map((
        key,
      ) => [`${RASTERIZER}/${key}.png`, [this.#pngs.get(key)!, { level: 0, mtime: MTIME }]]),
    ));
  }
}
