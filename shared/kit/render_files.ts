/**
 * logos/png/ and logos/favicon.ico: raster renders of the primary icon at the sizes
 * platforms ask for, and of the lockups at one presentation width.
 */
import type { XmlElement } from "../logos/xml.ts";
import { sanitizeSvgTree } from "../logos/sanitize_svg.ts";
import type { SvgAsset } from "../logos/svg.ts";
import { icoFile } from "./ico.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE } from "./kit_file.ts";
import type { KitLogos } from "./logos.ts";
import { renderPng } from "./render.ts";

/**
 * Favicons (16, 32), small UI (64), apple-touch-icon (180), Android home screen and PWA
 * manifest (192, 512) and app stores / print (1024).
 */
export const ICON_SIZES = [16, 32, 64, 180, 192, 512, 1024] as const;
/** What browsers pick from favicon.ico: tabs (16), taskbars and high-DPI tabs (32, 48). */
export const FAVICON_SIZES = [16, 32, 48] as const;
/** Wide enough for slides and documents, small enough to stay a quick render. */
const LOCKUP_WIDTH = 1024;

export async function renderFiles(input: KitInput, logos: KitLogos): Promise<KitFile[]> {
  const primary = logoRef(input.logos[0]);
  const icon = sanitizeSvgTree(logos.icon.color.svg).root;
  const iconPng = new Map<number, Uint8Array>();
  for (const size of new Set([...ICON_SIZES, ...FAVICON_SIZES])) {
    iconPng.set(size, await renderPng(icon, size, size));
  }
  const files: KitFile[] = ICON_SIZES.map((size) => ({
    path: `logos/png/icon-${size}.png`,
    data: iconPng.get(size)!,
    madeBy: [primary],
    size: { width: size, height: size },
  }));
  files.push({
    path: "logos/favicon.ico",
    data: icoFile(FAVICON_SIZES.map((size) => ({
      png: iconPng.get(size)!,
      width: size,
      height: size,
    }))),
    madeBy: [primary],
  });
  for (const [layout, set] of Object.entries(logos.lockups ?? {})) {
    for (const [variant, asset] of Object.entries(set)) {
      const height = lockupHeight(asset);
      files.push({
        path: `logos/png/lockup-${layout}-${variant}.png`,
        data: await renderPng(edgeToEdge(sanitizeSvgTree(asset.svg).root), LOCKUP_WIDTH, height),
        madeBy: [primary, logos.fontRef, STAGE.colors],
        size: { width: LOCKUP_WIDTH, height },
      });
    }
  }
  return files;
}

/**
 * The height is rounded to whole pixels, so the lockup's aspect is off by under half a pixel:
 * stretching by that much keeps the inverse field edge to edge instead of leaving a faint,
 * half-transparent letterbox line.
 */
function edgeToEdge(root: XmlElement): XmlElement {
  const attributes = new Map(root.attributes);
  attributes.set("preserveAspectRatio", "none");
  return { ...root, attributes };
}

const lockupHeight = (asset: SvgAsset) =>
  Math.max(1, Math.round(LOCKUP_WIDTH * asset.height / asset.width));
