/**
 * The offline marks of generate-logos: concept marks first (library icons that depict the
 * brief, composed in the families its personality suits), the geometric marks as alternates
 * after them, so the primary mark is the best on-brief icon mark and a request for four marks
 * still shows one abstract option.
 */
import type { BriefAnalysis } from "../analysis/schema.ts";
import { contrastRatio } from "../colors/contrast.ts";
import { oklchToHex } from "../colors/gamut.ts";
import { hexToOklch } from "../colors/oklch.ts";
import {
  initialsOf,
  OFFLINE_MODEL,
  offlineMarks,
  type OfflineMarksInput,
  settable,
} from "../logos/offline.ts";
import type { LogoPalette } from "../logos/palette.ts";
import type { SvgAsset } from "../logos/svg.ts";
import type { ViewBox } from "../logos/svg_tree.ts";
import type { GlyphFont } from "../logos/typeset.ts";
import type { LogoStyleResearch } from "../research/logo_styles.ts";
import { CANVAS, SAFE_RADIUS } from "./compose.ts";
import { CONCEPT_MARKS_MODEL, conceptMarks, type Depicts } from "./engine.ts";
import { loadIcons } from "./icons.ts";

export interface LogoMark extends SvgAsset {
  /** The kind of mark: a composer family (icon-circle …) or a geometric concept (orbit …). */
  readonly concept: string;
  readonly model: string;
  readonly depicts: Depicts;
}

export interface LogoMarksOptions {
  readonly analysis: BriefAnalysis;
  readonly palette: LogoPalette;
  readonly fonts: readonly GlyphFont[];
  readonly research: LogoStyleResearch;
  /** Prefix of element ids. */
  readonly ids: string;
}

/** Geometric concepts drawn from the initials; the rest are abstract forms. */
const LETTER_GEOMETRY = new Set(["monogram-badge", "letter-cut"]);

/**
 * Geometric concepts that do not sit well beside concept marks: the split disc reads as a pie
 * chart and the letter cut as a broken glyph. They are used only when nothing else is left.
 */
const WEAK_GEOMETRY = new Set(["split-disc", "letter-cut"]);

/** `input.count` marks: concept marks, then geometric ones (one in four, at least). */
export async function logoMarks(
  input: OfflineMarksInput,
  options: LogoMarksOptions,
): Promise<LogoMark[]> {
  const name = input.brand_name.trim();
  const initials = settable(initialsOf(name), options.fonts);
  const wanted = input.count >= 4 ? input.count - Math.floor(input.count / 4) : input.count;
  const concept = conceptMarks(await loadIcons(), {
    name,
    initials,
    analysis: options.analysis,
    palette: legiblePalette(options.palette),
    fonts: options.fonts,
    count: wanted,
    ids: options.ids,
  }).map(({ family, svg, width, height, depicts }): LogoMark => ({
    concept: family,
    model: CONCEPT_MARKS_MODEL,
    depicts,
    svg,
    width,
    height,
  }));
  const rest = input.count - concept.length;
  if (rest === 0) return concept;
  const drawn = offlineMarks({
    ...input,
    palette: options.palette,
    count: rest + WEAK_GEOMETRY.size,
  }, {
    font: options.fonts,
    research: options.research,
  });
  const fitting = drawn.filter((m) => !WEAK_GEOMETRY.has(m.concept.replace(/-\d+$/, "")));
  const geometric = [...fitting, ...drawn.filter((m) => !fitting.includes(m))].slice(0, rest).map((
    mark,
  ): LogoMark => ({
    ...mark,
    model: OFFLINE_MODEL,
    depicts: {
      concept: LETTER_GEOMETRY.has(mark.concept.replace(/-\d+$/, ""))
        ? `the initials ${initials}`
        : `an abstract ${mark.concept.replace(/-\d+$/, "").replace("-", " ")}`,
    },
  }));
  return [...concept, ...geometric];
}

/**
 * What of a mark lockups show: concept marks keep an app-icon margin around their safe circle,
 * which next to a wordmark would only make the mark look small.
 */
export function lockupBox(model: string): ViewBox | undefined {
  if (model !== CONCEPT_MARKS_MODEL) return undefined;
  const margin = CANVAS / 2 - SAFE_RADIUS;
  return [margin, margin, CANVAS - 2 * margin, CANVAS - 2 * margin];
}

/** Contrast a filled container needs with the paper its icon is cut through to. */
const MIN_INK_CONTRAST = 3;

/**
 * The palette with a primary that stands out on the background: a light primary (a pale cyan)
 * would leave a cut-out icon unreadable, so the first role that contrasts takes its place.
 */
export function legiblePalette(palette: LogoPalette): LogoPalette {
  const ok = (color: string) => contrastRatio(color, palette.background) >= MIN_INK_CONTRAST;
  if (ok(palette.primary)) return palette;
  // The brand's own hue, deepened, before another role: a pale pink stays pink, not black.
  const primary = deepened(palette.primary, ok) ??
    [palette.secondary, palette.accent].find(ok) ?? palette.text;
  return { ...palette, primary, secondary: palette.primary };
}

/** The color at the first lower OKLCH lightness (same hue and chroma) that passes, if any. */
function deepened(hex: string, ok: (color: string) => boolean): string | undefined {
  const color = hexToOklch(hex);
  for (let l = color.l - 0.04; l >= 0.3; l -= 0.04) {
    const candidate = oklchToHex({ ...color, l });
    if (ok(candidate)) return candidate;
  }
  return undefined;
}
