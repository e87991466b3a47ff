/**
 * Offline logo marks: deterministic geometric concepts drawn as SVG from the palette, with
 * no network and no model. The same input always gives the same marks; the concepts of one
 * request are of different kinds, in the order the style research ranks them.
 */
import type { LogoStyleResearch } from "../research/logo_styles.ts";
import { CANVAS_SIZE, DRAW_CONCEPT, LETTER_CONCEPTS } from "./concepts.ts";
import { resolvePalette } from "./palette.ts";
import type { LogosInput } from "./schema.ts";
import { seededRandom } from "../random.ts";
import { hashSeed } from "./seed.ts";
import { type SvgAsset, svgDocument } from "./svg.ts";
import type { GlyphFont } from "./typeset.ts";

/** Provider and model recorded with offline logos; bump the model when drawings change. */
export const OFFLINE_PROVIDER = "offline";
export const OFFLINE_MODEL = "geometric-marks-1";

/** The prompt version of offline logos: the drawing code and the research it followed. */
export function offlinePromptVersion(research: LogoStyleResearch): string {
  return `${OFFLINE_MODEL}+${research.version}`;
}

/** Intrinsic size of an offline mark, in px. */
export const MARK_SIZE = 512;

export type OfflineMarksInput = Pick<LogosInput, "brand_name" | "style" | "palette" | "count"> & {
  brief?: Pick<LogosInput["brief"], "description">;
};

export interface OfflineMark extends SvgAsset {
  /** The concept kind; a second mark of one kind (when a request wants more kinds than the
   * name allows) is suffixed `-2`. */
  readonly concept: string;
}

export interface OfflineMarksOptions {
  /** For the letter concepts: one font, or subsets tried in order. */
  font: GlyphFont | readonly GlyphFont[];
  research: LogoStyleResearch;
}

/** Attempts at a shape no earlier mark of the same request has. */
const MAX_REDRAWS = 8;

/** A mark's geometry: its markup without its element ids and colors. */
const shapeOf = (body: string, ids: string) =>
  body.replaceAll(ids, "").replace(/#[0-9a-f]{3,8}\b/gi, "#");

/**
 * `count` marks seeded by the name, style and brief. The palette only colors them: changing
 * it never reshuffles the shapes. Asking for fewer marks gives a prefix of a longer list.
 */
export function offlineMarks(
  input: OfflineMarksInput,
  options: OfflineMarksOptions,
): OfflineMark[] {
  if (!Number.isInteger(input.count) || input.count < 1) {
    throw new RangeError(`count must be a positive integer, not ${input.count}`);
  }
  const fonts = [options.font].flat();
  const descriptor = options.research.styles[input.style];
  const name = input.brand_name.trim();
  const seed = hashSeed(name, input.style, input.brief?.description ?? "");
  const palette = resolvePalette(input.palette, seed);
  const initials = settable(initialsOf(name), fonts);
  const concepts = descriptor.offline.concepts.filter((c) =>
    initials !== "" || !LETTER_CONCEPTS.has(c)
  );

  const drawn = new Set<string>();
  return Array.from({ length: input.count }, (_, i) => {
    const concept = concepts[i % concepts.length];
    const round = Math.floor(i / concepts.length);
    const ids = `m${seed.toString(36)}-${i}`;
    // A later round of a concept may draw what an earlier one drew: draw it again, differently.
    let body = "";
    for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      const salt = attempt === 0 ? [] : [String(attempt)];
      body = DRAW_CONCEPT[concept]({
        random: seededRandom(hashSeed(String(seed), concept, String(round), ...salt)),
        palette,
        initials,
        fonts,
        ids,
        badgeShapes: descriptor.offline.badgeShapes,
      });
      if (!drawn.has(shapeOf(body, ids))) break;
    }
    drawn.add(shapeOf(body, ids));
    const asset = svgDocument({
      viewBox: [0, 0, CANVAS_SIZE, CANVAS_SIZE],
      width: MARK_SIZE,
      height: MARK_SIZE,
      title: `${name} mark`,
      body,
    });
    return { concept: round === 0 ? concept : `${concept}-${round + 1}`, ...asset };
  });
}

/**
 * Up to two capitals: the first letters of the first two words ("Blue Harbor" → "BH"), or of
 * a single word and its next inner capital ("PayFlow" → "PF"), else one letter.
 */
export function initialsOf(name: string): string {
  const words = name.normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const first = (word: string) => [...word][0] ?? "";
  if (words.length >= 2) return (first(words[0]) + first(words[1])).toUpperCase();
  const word = words[0] ?? "";
  const inner = [...word].slice(1).find((c) => /\p{Lu}/u.test(c)) ?? "";
  return (first(word) + inner).toUpperCase();
}

/** The initials when the fonts have every glyph, else "" (letter concepts are skipped). */
export function settable(initials: string, fonts: readonly GlyphFont[]): string {
  const ok = initials !== "" &&
    [...initials].every((c) => fonts.some((font) => font.charToGlyphIndex(c) !== 0));
  return ok ? initials : "";
}
