/**
 * The guidelines' logo page tiles: small renders of their own at tile size (about 300 dpi),
 * since the kit's 1024 px PNGs would be decoded and recompressed by pdf-lib for nothing. Apart
 * from the PDF code, so the kit's renders can be made without loading pdf-lib.
 */
import { sanitizeSvgTree } from "../../logos/sanitize_svg.ts";
import type { KitFile } from "../kit_file.ts";
import type { KitLogos } from "../logos.ts";
import { type Renderer, renderPng } from "../render.ts";

export const TILE_PATHS = { stacked: "pdf/stacked.png", wordmark: "pdf/wordmark.png" };
const TILE_WIDTH = 480;

export async function tileRenders(logos: KitLogos, render: Renderer): Promise<KitFile[]> {
  const sources = [
    [TILE_PATHS.stacked, logos.lockups?.stacked.color],
    [TILE_PATHS.wordmark, logos.wordmark?.color],
  ] as const;
  const files: KitFile[] = [];
  for (const [path, asset] of sources) {
    if (!asset) continue;
    const height = Math.max(1, Math.round(TILE_WIDTH * asset.height / asset.width));
    const data = await renderPng(sanitizeSvgTree(asset.svg).root, TILE_WIDTH, height, render);
    files.push({ path, data, madeBy: [] });
  }
  return files;
}
