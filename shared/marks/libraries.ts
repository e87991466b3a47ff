/**
 * The icon libraries marks draw from, with their licenses, as the kit manifest lists them.
 * Kept apart from the icon data so that listing them loads a few hundred bytes, not the icons.
 */
import libraries from "./data/libraries.json" with { type: "json" };
import type { IconLibrary } from "./icons.ts";

export const ICON_LIBRARIES: readonly IconLibrary[] = libraries;

/** The libraries of the icon sets named, in catalog order. */
export function librariesFor(sets: Iterable<string>): IconLibrary[] {
  const used = new Set(sets);
  return ICON_LIBRARIES.filter((library) => used.has(library.set));
}
