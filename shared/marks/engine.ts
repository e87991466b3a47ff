/**
 * Concept marks: the brief analysis' concepts looked up in the icon library and composed into
 * marks of the families that suit the brand's personality. The first mark is the primary one:
 * the best on-brief icon in the family the personality ranks first. Every mark records what it
 * depicts, and for library icons the set, name and license.
 */
import type { BriefAnalysis, Personality } from "../analysis/schema.ts";
import type { LogoPalette } from "../logos/palette.ts";
import type { GlyphFont } from "../logos/typeset.ts";
import {
  canCompose,
  type ComposedMark,
  composeMark,
  MARK_FAMILIES,
  type MarkFamily,
} from "./compose.ts";
import type { IconCatalog } from "./icons.ts";
import { type IconMatch, searchIcons } from "./search.ts";

/** Recorded as the model of concept marks; bump when the composition changes. */
export const CONCEPT_MARKS_MODEL = "concept-marks-1";

/** What a mark shows, in words, and the library icon it draws when it draws one. */
export interface Depicts {
  readonly concept: string;
  readonly icon?: { readonly set: string; readonly name: string; readonly license: string };
}

export interface ConceptMark extends ComposedMark {
  readonly depicts: Depicts;
}

/** Icon matches below this score are too loose to call on-brief. */
export const MIN_ICON_SCORE = 2.5;

/**
 * The families each personality reaches for first, in order. The first is always a filled
 * container: the primary mark also becomes the favicon and app icon, where outlines and the
 * emblem's lettering fade; the outlined and lettered families follow as alternates.
 */
const FAMILY_PREFERENCE: Readonly<Record<Personality, readonly MarkFamily[]>> = {
  playful: ["icon-circle", "icon-monogram", "icon-badge"],
  friendly: ["icon-rounded-square", "icon-circle", "icon-monogram"],
  caring: ["icon-circle", "icon-badge", "icon-monogram"],
  calm: ["icon-circle", "icon-badge", "symbol"],
  natural: ["icon-circle", "icon-badge", "emblem"],
  artisanal: ["icon-circle", "emblem", "icon-badge"],
  rugged: ["icon-shield", "icon-hexagon", "emblem"],
  bold: ["icon-rounded-square", "icon-shield", "icon-circle"],
  technical: ["icon-rounded-square", "icon-hexagon", "symbol"],
  modern: ["icon-rounded-square", "symbol", "icon-circle"],
  premium: ["icon-circle", "emblem", "icon-badge"],
  classic: ["icon-shield", "emblem", "icon-badge"],
};

/** Families that fill their container, so they hold up at favicon size. */
export const FILLED_FAMILIES: ReadonlySet<MarkFamily> = new Set([
  "icon-circle",
  "icon-rounded-square",
  "icon-shield",
]);

/** Families in the order the personalities rank them (interleaved), then the rest. */
export function familyOrder(personality: readonly Personality[]): MarkFamily[] {
  const order: MarkFamily[] = [];
  const lists = personality.map((p) => FAMILY_PREFERENCE[p]);
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) if (list[i] && !order.includes(list[i])) order.push(list[i]);
  }
  for (const family of MARK_FAMILIES) if (!order.includes(family)) order.push(family);
  return order;
}

/** The icons that depict the analysis, best first; loose matches are left out. */
export function briefIcons(catalog: IconCatalog, analysis: BriefAnalysis, limit = 4): IconMatch[] {
  return searchIcons(catalog.icons, analysis.concepts, limit).filter((m) =>
    m.score >= MIN_ICON_SCORE
  );
}

export interface ConceptMarksInput {
  readonly name: string;
  readonly initials: string;
  readonly analysis: BriefAnalysis;
  readonly palette: LogoPalette;
  readonly fonts: readonly GlyphFont[];
  readonly count: number;
  /** Prefix of element ids. */
  readonly ids: string;
}

/**
 * Up to `count` marks: families in the personality's order, icons taking turns (the best icon
 * on every other mark), each family once. Fewer when the brief gives no icon and the name no
 * initials; the caller fills up with geometric marks.
 */
export function conceptMarks(catalog: IconCatalog, input: ConceptMarksInput): ConceptMark[] {
  const icons = briefIcons(catalog, input.analysis);
  const materials = {
    hasIcon: icons.length > 0,
    initials: input.initials,
    nameSettable: [...input.name.toUpperCase()].every((c) =>
      /\s/u.test(c) || input.fonts.some((font) => font.charToGlyphIndex(c) !== 0)
    ),
  };
  const families = familyOrder(input.analysis.personality).filter((f) => canCompose(f, materials));
  const marks: ConceptMark[] = [];
  let turn = 0;
  for (const family of families) {
    if (marks.length === input.count) break;
    const match = family === "lettermark"
      ? undefined
      : icons[turn % 2 === 0 ? 0 : Math.min(Math.ceil(turn / 2), icons.length - 1)];
    if (family !== "lettermark") turn++;
    const mark = composeMark(family, match?.icon, {
      palette: input.palette,
      fonts: input.fonts,
      name: input.name,
      initials: input.initials,
      ids: `${input.ids}-${marks.length}`,
    });
    marks.push({ ...mark, depicts: depictsOf(match, input.initials) });
  }
  return marks;
}

function depictsOf(match: IconMatch | undefined, initials: string): Depicts {
  if (!match) return { concept: `the initials ${initials}` };
  const { set, name, license } = match.icon;
  return { concept: match.concept, icon: { set, name, license } };
}
