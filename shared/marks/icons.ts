/**
 * The icon library data the mark composer searches: a pre-built subset of open icon sets
 * (scripts/build/icons.ts writes data/icons.json). The file is a few hundred KB, so it is
 * imported on first use only, once per isolate, and functions that never draw a mark never
 * load it.
 */

/** An icon set the data draws from, as the kit manifest lists it. */
export interface IconLibrary {
  readonly set: string;
  readonly title: string;
  readonly version: string;
  /** SPDX id. */
  readonly license: string;
  readonly url: string;
}

/**
 * One icon as stored: set, name, category (lower case; "" when the set has none), tags joined
 * by "|", stroke path data and fill path data (24 × 24 grid, drawn with a 2-unit round
 * stroke), and the box its ink covers at that stroke [x1, y1, x2, y2].
 */
export type IconData = [
  set: string,
  name: string,
  category: string,
  tags: string,
  stroke: string,
  fill: string,
  ink: [number, number, number, number],
];

export interface Icon {
  readonly set: string;
  readonly name: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly stroke: string;
  readonly fill: string;
  readonly ink: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
  readonly license: string;
}

/** The grid icons are drawn on, and the stroke width they are drawn with there. */
export const ICON_GRID = 24;
export const ICON_STROKE = 2;

export interface IconCatalog {
  readonly libraries: readonly IconLibrary[];
  readonly icons: readonly Icon[];
}

let catalog: Promise<IconCatalog> | undefined;

/** The icon catalog, loaded on first call; a failed load is retried next time. */
export function loadIcons(): Promise<IconCatalog> {
  if (!catalog) {
    catalog = import("./data/icons.json", { with: { type: "json" } }).then((m) =>
      toCatalog(m.default as { libraries: IconLibrary[]; icons: IconData[] })
    );
    catalog.catch(() => catalog = undefined);
  }
  return catalog;
}

function toCatalog(data: { libraries: IconLibrary[]; icons: IconData[] }): IconCatalog {
  const license = new Map(data.libraries.map((l) => [l.set, l.license]));
  const icons = data.icons.map(([set, name, category, tags, stroke, fill, ink]): Icon => ({
    set,
    name,
    category,
    tags: tags === "" ? [] : tags.split("|"),
    stroke,
    fill,
    ink: { x1: ink[0], y1: ink[1], x2: ink[2], y2: ink[3] },
    license: license.get(set) ?? "unknown",
  }));
  return { libraries: data.libraries, icons };
}
