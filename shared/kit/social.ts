/**
 * Social images: covers, banners and the Open Graph card laid out with satori (flexbox
 * boxes; the name in the heading face, the tagline in the body face, text set as outlines)
 * into SVG; profile pictures are the padded mark. The caller renders the SVG to PNG. satori is
 * loaded on first use: a kit built from kept renders never lays anything out.
 */
import type { SatoriOptions } from "satori";
import { canonicalJson } from "../hash.ts";
import type { SvgAsset } from "../logos/svg.ts";
import { faceTrueType, type KitType } from "./font.ts";
import { svgDataUri } from "./html.ts";
import type { SocialSize } from "./social_sizes.ts";

/** What a layout draws with: the brand's mark, words and colors. */
export interface BrandArt {
  readonly name: string;
  readonly tagline?: string;
  readonly mark: SvgAsset;
  readonly colors: {
    readonly paper: string;
    readonly ink: string;
    readonly muted: string;
    readonly primary: string;
  };
}

/** satori's input: React-like element objects, built without JSX. */
interface Node {
  type: string;
  props:
    & { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string }
    & Record<
      string,
      unknown
    >;
}

const box = (style: Record<string, unknown>, children: (Node | string)[] = []): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

type SatoriFonts = SatoriOptions["fonts"];

/** The layout engine's name and version, pinned in deno.json: a cover's render key has it. */
export const LAYOUT_ENGINE = "satori@0.63.2";

/**
 * The font list satori is given, built once per pair of faces and isolate: satori caches
 * parsed fonts by the identity of this array and of its buffers, so reusing them parses once.
 */
const satoriFonts = new Map<string, Promise<SatoriFonts>>();

/** The faces a cover is set in: the heading's for the name, the body's regular for the rest. */
const coverFaces = (type: KitType) => [
  { family: type.heading, weight: type.heading.heading.weight },
  { family: type.body, weight: 400 as const },
];

function fontsFor(type: KitType): Promise<SatoriFonts> {
  const faces = coverFaces(type);
  const key = faces.map((f) => `${f.family.id}-${f.weight}`).join("/");
  let fonts = satoriFonts.get(key);
  if (!fonts) {
    fonts = Promise.all(faces.map(async ({ family, weight }) => ({
      name: family.family,
      data: (await faceTrueType(family, weight)).slice().buffer,
      weight,
      style: "normal" as const,
    })));
    fonts.catch(() => satoriFonts.delete(key));
    satoriFonts.set(key, fonts);
  }
  return fonts;
}

/**
 * A generous sans advance per character, in em (wide faces and capitals included): enough to
 * keep a line inside its box.
 */
const AVERAGE_ADVANCE = 0.6;

/**
 * The name's size: a third of the safe height on one line; a name too long for that line at
 * 60% of it wraps onto two lines instead of shrinking further.
 */
function nameFontSize(name: string, width: number, height: number): number {
  const target = height * 0.3;
  const oneLine = width / (AVERAGE_ADVANCE * name.length);
  if (oneLine >= target * 0.6 || !/\s/.test(name.trim())) return Math.min(target, oneLine);
  const longest = Math.ceil(name.length / 2) + 2;
  return Math.min(target * 0.8, width / (AVERAGE_ADVANCE * longest));
}

/** A cover as satori's input: the element tree and the image size. */
export interface CoverLayout {
  readonly root: Node;
  readonly width: number;
  readonly height: number;
}

/**
 * A cover, banner or link card: the mark beside the name and tagline, centered in the size's
 * safe box, on the brand's paper with a primary band along the bottom edge.
 */
export function coverLayout(art: BrandArt, size: SocialSize, type: KitType): CoverLayout {
  const safeW = size.width * size.safe[0];
  const safeH = size.height * size.safe[1];
  // Link cards are read small in a feed: the words get more of the box than the mark.
  const markH = safeH * (size.kind === "link" ? 0.42 : art.tagline ? 0.62 : 0.5);
  const markW = markH * art.mark.width / art.mark.height;
  const gap = markH * 0.3;
  const textW = safeW - markW - gap;
  const nameSize = nameFontSize(art.name, textW, safeH);
  // The tagline stays clearly below the name, whatever the name's length.
  const tagSize = Math.min(nameSize * 0.5, safeH * 0.11, 40);
  const band = Math.max(4, Math.round(size.height * 0.035));
  const words: Node[] = [
    box({ ...nameStyle(type, nameSize), color: art.colors.ink, lineHeight: 1.05 }, [art.name]),
  ];
  if (art.tagline) {
    words.push(
      box({
        fontSize: tagSize,
        fontWeight: 400,
        color: art.colors.muted,
        marginTop: nameSize * 0.25,
        lineHeight: 1.3,
        maxWidth: textW,
      }, [art.tagline]),
    );
  }
  const root = box({
    width: "100%",
    height: "100%",
    flexDirection: "column",
    background: art.colors.paper,
    fontFamily: type.body.family,
  }, [
    box({ flexGrow: 1, alignItems: "center", justifyContent: "center" }, [
      box({ alignItems: "center", maxWidth: safeW }, [
        {
          type: "img",
          props: { src: svgDataUri(art.mark.svg), width: markW, height: markH },
        },
        box({ flexDirection: "column", marginLeft: gap, maxWidth: textW }, words),
      ]),
    ]),
    box({ height: band, background: art.colors.primary }),
  ]);
  return { root, width: size.width, height: size.height };
}

/** The cover set by satori into SVG. */
export async function coverSvg(layout: CoverLayout, type: KitType): Promise<string> {
  const { default: satori } = await import("satori");
  return await satori(layout.root as unknown as Parameters<typeof satori>[0], {
    width: layout.width,
    height: layout.height,
    fonts: await fontsFor(type),
  });
}

/**
 * Everything a cover's pixels depend on: its layout, the faces (family, version, weight) and
 * the engine. Kept renders are found by it without running satori.
 */
export const coverKey = (layout: CoverLayout, type: KitType): string =>
  canonicalJson({
    engine: LAYOUT_ENGINE,
    layout,
    faces: coverFaces(type).map((f) => `${f.family.id}@${f.family.version}/${f.weight}`),
  });

/** The name as the wordmark sets it: heading face, weight, case and tracking. */
function nameStyle(type: KitType, fontSize: number): Record<string, unknown> {
  const { heading } = type.heading;
  return {
    fontSize,
    fontFamily: type.heading.family,
    fontWeight: heading.weight,
    letterSpacing: heading.letterSpacing * fontSize,
    ...(heading.textCase === "upper" ? { textTransform: "uppercase" } : {}),
  };
}
