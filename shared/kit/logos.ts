/**
 * The kit's logo artwork: the primary mark (icon), the wordmark and the lockups, each in
 * color, mono and inverse, plus the package's other marks. Lockups come from the logo
 * engine; the icon and wordmark variants follow the same scheme on their own: mono draws
 * everything in the text color, inverse in the background color. Inverse artwork is a true
 * knockout: transparent, so it sits on any dark photo or color (the kit shows it on a dark
 * field in separate previews). Every wordmark and lockup carries its clear space inside its
 * canvas, so placing the file as is keeps the margin.
 * When the heading face lacks a glyph of the name, the kit ships without wordmark and lockups
 * rather than not at all, as generate-logos does.
 */
import type { Palette } from "../colors/schema.ts";
import { type Lockups, lockups, type LockupVariant } from "../logos/lockup.ts";
import type { LogoPalette } from "../logos/palette.ts";
import { lockupBox } from "../marks/logo_marks.ts";
import { sanitizeSvgTree } from "../logos/sanitize_svg.ts";
import { num, type SvgAsset } from "../logos/svg.ts";
import { recolor, viewBoxOf } from "../logos/svg_tree.ts";
import { type GlyphFont, MissingGlyphError } from "../logos/typeset.ts";
import { type Wordmark, type WordmarkOptions, wordmarkSvg } from "../logos/wordmark.ts";
import { FALLBACK_FAMILY, typeFamily } from "../type/families.ts";
import { fontRef } from "./font.ts";
import { serializeXml, type XmlElement } from "../logos/xml.ts";
import type { KitInput, KitLogo } from "./input.ts";

export type Variants = Readonly<Record<LockupVariant, SvgAsset>>;

export interface KitLogos {
  readonly palette: LogoPalette;
  /** The primary mark as the package drew it (color), and recolored. */
  readonly icon: Variants;
  readonly wordmark?: Variants;
  readonly lockups?: Lockups;
  /** The wordmark's clear space in its own units (0 without a wordmark). */
  readonly clearSpace?: number;
  /** Characters of the name the heading face has no glyph for (then no wordmark, no lockups). */
  readonly missingGlyphs: readonly string[];
  /** `font:<family>` of the face the name is set in. */
  readonly fontRef: string;
  /** The package's other marks, in color. */
  readonly alternates: readonly { readonly logo: KitLogo; readonly svg: SvgAsset }[];
}

/** The five logo roles, from the light theme: logos are drawn for light paper first. */
export function logoPalette(palette: Palette): LogoPalette {
  const light = palette.themes.light;
  return {
    primary: light.primary,
    secondary: light.secondary ?? light.primary,
    accent: light.accent ?? light.secondary ?? light.primary,
    text: light.text,
    background: light.background,
  };
}

/** How the name is set: the heading face's case and tracking, and its manifest reference. */
export interface NameSetting {
  readonly style?: Pick<WordmarkOptions, "textCase" | "letterSpacing">;
  readonly fontRef: string;
}

const DEFAULT_SETTING: NameSetting = { fontRef: fontRef(typeFamily(FALLBACK_FAMILY)) };

/** `fonts` must cover the brand name (loadHeadingFonts of it). */
export function kitLogos(
  input: KitInput,
  fonts: readonly GlyphFont[],
  setting: NameSetting = DEFAULT_SETTING,
): KitLogos {
  const palette = logoPalette(input.palette);
  const [primary, ...others] = input.logos;
  const mark = sanitized(primary.svg);
  const base = {
    palette,
    icon: {
      color: mark,
      mono: inked(mark, palette.text),
      inverse: inked(mark, palette.background),
    },
    alternates: others.map((logo) => ({ logo, svg: sanitized(logo.svg) })),
    fontRef: setting.fontRef,
  };
  let word: Wordmark;
  try {
    // Lockups set the name in the text color next to the mark's own colors.
    word = wordmarkSvg(input.brand.name, { font: fonts, color: palette.text, ...setting.style });
  } catch (err) {
    if (err instanceof MissingGlyphError) return { ...base, missingGlyphs: err.characters };
    throw err;
  }
  const spaced = withClearSpace(word, CLEAR_SPACE * word.capHeight);
  const sets = lockups(mark, word, palette, lockupBox(primary.model));
  return {
    ...base,
    wordmark: {
      color: inked(spaced, palette.primary),
      mono: spaced,
      inverse: inked(spaced, palette.background),
    },
    lockups: {
      horizontal: { ...sets.horizontal, inverse: knockout(sets.horizontal.inverse) },
      stacked: { ...sets.stacked, inverse: knockout(sets.stacked.inverse) },
    },
    clearSpace: CLEAR_SPACE * word.capHeight,
    missingGlyphs: [],
  };
}

/**
 * Clear space around a wordmark, in cap heights of the name: the same margin the logo
 * engine builds into its lockups, so every exported lockup keeps it.
 */
export const CLEAR_SPACE = 0.8;

/** `asset` with `pad` user units of empty canvas on every side. */
function withClearSpace(asset: SvgAsset, pad: number): SvgAsset {
  const root = sanitizeSvgTree(asset.svg).root;
  const [x, y, width, height] = viewBoxOf(root);
  const attributes = new Map(root.attributes);
  const w = width + 2 * pad;
  const h = height + 2 * pad;
  attributes.set("viewBox", [x - pad, y - pad, w, h].map(num).join(" "));
  attributes.set("width", num(w));
  attributes.set("height", num(h));
  return {
    svg: serializeXml({ ...root, attributes }),
    width: Number(num(w)),
    height: Number(num(h)),
  };
}

/** The logo engine's inverse lockup without the field it paints under the artwork. */
function knockout(asset: SvgAsset): SvgAsset {
  const root = sanitizeSvgTree(asset.svg).root;
  const [x, y] = viewBoxOf(root);
  const isField = (node: XmlElement["children"][number]) =>
    node.type === "element" && node.name === "rect" &&
    node.attributes.get("x") === num(x) && node.attributes.get("y") === num(y);
  const children = root.children.filter((child) => !isField(child));
  return { ...asset, svg: serializeXml({ ...root, children }) };
}

function sanitized(svg: string): SvgAsset {
  const { root, width, height } = sanitizeSvgTree(svg);
  return { svg: serializeXml(root), width, height };
}

/** `asset` painted in one `ink`. */
function inked(asset: SvgAsset, ink: string): SvgAsset {
  const root = recolor(sanitizeSvgTree(asset.svg).root, ink);
  return { svg: serializeXml(root), width: asset.width, height: asset.height };
}

/**
 * `asset` on a `color` field filling its viewBox: the "on dark" previews of inverse artwork
 * (the rect goes after the title, which stays first for screen readers).
 */
export function onField(asset: SvgAsset, color: string): SvgAsset {
  const root = sanitizeSvgTree(asset.svg).root;
  const [x, y, width, height] = viewBoxOf(root);
  const rect: XmlElement = {
    type: "element",
    name: "rect",
    attributes: new Map([
      ["x", num(x)],
      ["y", num(y)],
      ["width", num(width)],
      ["height", num(height)],
      ["fill", color],
    ]),
    children: [],
  };
  const titled = root.children.filter((c) => c.type === "element" && c.name === "title");
  const rest = root.children.filter((c) => !titled.includes(c));
  const children = [...titled, rect, ...rest];
  return { svg: serializeXml({ ...root, children }), width: asset.width, height: asset.height };
}
