/**
 * web/: what a website's <head> links to. A web app manifest with "any" and "maskable"
 * icons, the apple-touch-icon, an SVG favicon that follows the browser's color scheme, the
 * ICO, and head.html with the tags. Raster icons already rendered for logos/ are reused by
 * bytes; only the maskable ones are rendered here.
 */
import { contrastRatio } from "../colors/contrast.ts";
import type { Palette } from "../colors/schema.ts";
import { sanitizeSvgTree, SVG_NAMESPACE } from "../logos/sanitize_svg.ts";
import { prefixIds, recolor } from "../logos/svg_tree.ts";
import { serializeXml, type XmlElement } from "../logos/xml.ts";
import { esc } from "./html.ts";
import { MASKABLE_SCALE, paddedIcon } from "./icon_art.ts";
import type { KitInput } from "./input.ts";
import { jsonFile, type KitFile, logoRef, STAGE, textFile } from "./kit_file.ts";
import type { KitLogos } from "./logos.ts";
import { type Renderer, renderPng } from "./render.ts";

const MASKABLE_SIZES = [192, 512] as const;
const OG_IMAGE = "../social/og-image.png";

/**
 * The favicon's one style sheet: the only markup of the kit's SVGs the logo sanitizer would
 * not pass (it allows no at-rules), written here, never taken from input.
 */
export const FAVICON_STYLE = ".on-dark{display:none}" +
  "@media (prefers-color-scheme:dark){.on-light{display:none}.on-dark{display:inline}}";

/** The ink of the favicon on a dark tab: the dark theme's primary if it reads, else text. */
function darkInk(palette: Palette): string {
  const dark = palette.themes.dark;
  return contrastRatio(dark.primary, dark.background) >= 3 ? dark.primary : dark.text;
}

/**
 * The mark twice, in color for light browser chrome and in one light ink for dark chrome;
 * a media query inside the SVG shows one. Ids are prefixed so the copies do not collide.
 */
export function adaptiveFavicon(markSvg: string, ink: string): string {
  const root = sanitizeSvgTree(markSvg).root;
  const copy = (tree: XmlElement, cls: string): XmlElement => {
    const attributes = new Map(tree.attributes);
    attributes.delete("xmlns");
    attributes.set("class", cls);
    attributes.set("width", "100%");
    attributes.set("height", "100%");
    const children = tree.children.filter((c) => c.type !== "element" || c.name !== "title");
    return { ...tree, attributes, children };
  };
  const style: XmlElement = {
    type: "element",
    name: "style",
    attributes: new Map(),
    children: [{ type: "text", value: FAVICON_STYLE }],
  };
  const favicon: XmlElement = {
    type: "element",
    name: "svg",
    attributes: new Map([
      ["xmlns", SVG_NAMESPACE],
      ["viewBox", root.attributes.get("viewBox")!],
    ]),
    children: [
      style,
      copy(prefixIds(root, "l-"), "on-light"),
      copy(recolor(prefixIds(root, "d-"), ink), "on-dark"),
    ],
  };
  return serializeXml(favicon);
}

export function webManifest(input: KitInput, paper: string, theme: string) {
  const name = input.brand.name;
  const short = name.length <= 12 ? name : name.split(/\s+/)[0].slice(0, 12);
  const icon = (src: string, size: number, purpose: string) => ({
    src,
    sizes: `${size}x${size}`,
    type: "image/png",
    purpose,
  });
  return {
    name,
    short_name: short,
    description: input.brand.tagline ?? input.brand.description.slice(0, 140),
    start_url: "/",
    display: "standalone",
    background_color: paper,
    theme_color: theme,
    icons: [
      icon("icon-192.png", 192, "any"),
      icon("icon-512.png", 512, "any"),
      ...MASKABLE_SIZES.map((size) => icon(`icon-maskable-${size}.png`, size, "maskable")),
    ],
  };
}

function headHtml(input: KitInput, theme: string): string {
  const title = esc(input.brand.name);
  const description = esc(input.brand.tagline ?? input.brand.description.slice(0, 160));
  return `<!-- Paste into <head>; paths are relative to this folder, the og:image URL must be
     absolute on your site (replace with your hosted URL). -->
<link rel="icon" href="favicon.ico" sizes="48x48">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="apple-touch-icon.png">
<link rel="manifest" href="manifest.webmanifest">
<meta name="theme-color" content="${esc(theme)}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:image" content="${OG_IMAGE}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta name="twitter:card" content="summary_large_image">
`;
}

/** `rendered`: the files of renderFiles, whose app icons and ICO are reused here. */
export async function webFiles(
  input: KitInput,
  logos: KitLogos,
  rendered: readonly KitFile[],
  render: Renderer,
): Promise<KitFile[]> {
  const primary = logoRef(input.logos[0]);
  const madeBy = [primary, STAGE.colors];
  const paper = logos.palette.background;
  const theme = logos.palette.primary;
  const reuse = (from: string, to: string): KitFile => {
    const file = rendered.find((f) => f.path === from);
    if (!file) throw new Error(`${from} was not rendered`);
    return { ...file, path: to };
  };
  const maskable = paddedIcon(logos.icon.color, MASKABLE_SCALE, paper);
  const files: KitFile[] = [
    reuse("logos/app-icon/app-icon-180.png", "web/apple-touch-icon.png"),
    reuse("logos/app-icon/app-icon-192.png", "web/icon-192.png"),
    reuse("logos/app-icon/app-icon-512.png", "web/icon-512.png"),
    reuse("logos/favicon.ico", "web/favicon.ico"),
    textFile("web/favicon.svg", adaptiveFavicon(logos.icon.color.svg, darkInk(input.palette)), [
      primary,
      STAGE.colors,
    ]),
    jsonFile("web/manifest.webmanifest", webManifest(input, paper, theme), madeBy),
    textFile("web/head.html", headHtml(input, theme), madeBy),
  ];
  for (const size of MASKABLE_SIZES) {
    files.push({
      path: `web/icon-maskable-${size}.png`,
      data: await renderPng(maskable, size, size, render),
      madeBy,
      size: { width: size, height: size },
    });
  }
  return files;
}
