/**
 * logos/png/, logos/app-icon/, logos/preview/ and logos/favicon.ico: raster renders of the
 * primary icon at the sizes platforms ask for (tight, transparent), a padded opaque app icon
 * set, the wordmark and lockups at one presentation width, and "on dark" previews of the
 * inverse (knockout) artwork.
 */
import { sanitizeSvgTree } from "../logos/sanitize_svg.ts";
import type { XmlElement } from "../logos/xml.ts";
import type { SvgAsset } from "../logos/svg.ts";
import { icoFile } from "./ico.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE } from "./kit_file.ts";
import { APP_ICON_SCALE, paddedIcon } from "./icon_art.ts";
import { type KitLogos, onField } from "./logos.ts";
import { type Renderer, renderPng } from "./render.ts";

/**
 * Favicons (16, 32), small UI (64), apple-touch-icon (180), Android home screen and PWA
 * manifest (192, 512) and app stores / print (1024).
 */
export const ICON_SIZES = [16, 32, 64, 180, 192, 512, 1024] as const;
/** What browsers pick from favicon.ico: tabs (16), taskbars and high-DPI tabs (32, 48). */
export const FAVICON_SIZES = [16, 32, 48] as const;
/** iOS (180), Android and PWA (192, 512), app stores (1024). */
export const APP_ICON_SIZES = [180, 192, 512, 1024] as const;
/** Wide enough for slides and documents, small enough to stay a quick render. */
const LOCKUP_WIDTH = 1024;
/** Previews only show how inverse artwork reads on dark; half width is plenty. */
const PREVIEW_WIDTH = 512;

export async function renderFiles(
  input: KitInput,
  logos: KitLogos,
  render: Renderer,
): Promise<KitFile[]> {
  const primary = logoRef(input.logos[0]);
  return [
    ...await iconFiles(logos, primary, render),
    ...await artworkFiles(logos, primary, render),
  ];
}

/** The mark: tight transparent PNGs, the favicon and the padded, opaque app icons. */
async function iconFiles(
  logos: KitLogos,
  primary: string,
  render: Renderer,
): Promise<KitFile[]> {
  const icon = sanitizeSvgTree(logos.icon.color.svg).root;
  const iconPng = new Map<number, Uint8Array>();
  for (const size of new Set([...ICON_SIZES, ...FAVICON_SIZES])) {
    iconPng.set(size, await renderPng(icon, size, size, render));
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
  // Opaque: iOS fills transparency with black, so the icon sits on the brand's paper.
  const appIcon = paddedIcon(logos.icon.color, APP_ICON_SCALE, logos.palette.background);
  for (const size of APP_ICON_SIZES) {
    files.push({
      path: `logos/app-icon/app-icon-${size}.png`,
      data: await renderPng(appIcon, size, size, render),
      madeBy: [primary, STAGE.colors],
      size: { width: size, height: size },
    });
  }
  return files;
}

/** Wordmark and lockup PNGs, and every inverse artwork previewed on dark. */
async function artworkFiles(
  logos: KitLogos,
  primary: string,
  render: Renderer,
): Promise<KitFile[]> {
  const madeBy = [primary, logos.fontRef, STAGE.colors];
  const sets = [
    ["wordmark", logos.wordmark],
    ["lockup-horizontal", logos.lockups?.horizontal],
    ["lockup-stacked", logos.lockups?.stacked],
  ] as const;
  const files: KitFile[] = [];
  for (const [kind, set] of sets) {
    for (const [variant, asset] of Object.entries(set ?? {})) {
      const path = `logos/png/${kind}-${variant}.png`;
      files.push(await pngFile(path, asset, LOCKUP_WIDTH, madeBy, render));
    }
  }
  const dark = logos.palette.text;
  files.push(
    await pngFile(
      "logos/preview/icon-inverse-on-dark.png",
      onField(logos.icon.inverse, dark),
      256,
      [primary, STAGE.colors],
      render,
    ),
  );
  for (const [kind, set] of sets) {
    if (!set) continue;
    const preview = onField(set.inverse, dark);
    files.push(
      await pngFile(
        `logos/preview/${kind}-inverse-on-dark.png`,
        preview,
        PREVIEW_WIDTH,
        madeBy,
        render,
      ),
    );
  }
  return files;
}

async function pngFile(
  path: string,
  asset: SvgAsset,
  width: number,
  madeBy: readonly string[],
  render: Renderer,
): Promise<KitFile> {
  const height = Math.max(1, Math.round(width * asset.height / asset.width));
  const data = await renderPng(edgeToEdge(sanitizeSvgTree(asset.svg).root), width, height, render);
  return { path, data, madeBy, size: { width, height } };
}

/**
 * The height is rounded to whole pixels, so the artwork's aspect is off by under half a pixel:
 * stretching by that much keeps an "on dark" field edge to edge instead of leaving a faint,
 * half-transparent letterbox line.
 */
function edgeToEdge(root: XmlElement): XmlElement {
  const attributes = new Map(root.attributes);
  attributes.set("preserveAspectRatio", "none");
  return { ...root, attributes };
}
