/**
 * One file of the kit before it is zipped, and the references that say what made it. The
 * manifest resolves references: a stage name is a key of the package's provenance, `logo:<id>`
 * a logo of the package, `font:<family>` (fontRef) a family the kit sets type with.
 */
import type { KitLogo } from "./input.ts";

export interface KitFile {
  /** Relative to the root of the archive, `/`-separated. */
  readonly path: string;
  readonly data: Uint8Array;
  /** What made it: stage names, `logo:<id>`, `font:<family>`. */
  readonly madeBy: readonly string[];
  /** Pixel size of raster images, so a reader can check each render. */
  readonly size?: { readonly width: number; readonly height: number };
}

/** The stages of a package whose output a kit file carries. */
export const STAGE = {
  colors: "colors",
  names: "names",
  domains: "domains",
  taglines: "taglines",
} as const;

export const logoRef = (logo: Pick<KitLogo, "id">): string => `logo:${logo.id}`;

export function textFile(path: string, text: string, madeBy: readonly string[]): KitFile {
  return { path, data: new TextEncoder().encode(text), madeBy };
}

/** Two-space indented, with a final newline, like a file a person would commit. */
export function jsonFile(path: string, value: unknown, madeBy: readonly string[]): KitFile {
  return textFile(path, `${JSON.stringify(value, null, 2)}\n`, madeBy);
}
