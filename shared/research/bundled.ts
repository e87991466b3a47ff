import type { z } from "zod";
import { canonicalJson, sha256Hex } from "../hash.ts";
import type { ColorResearch } from "./colors.ts";
import type { LogoStyleResearch } from "./logo_styles.ts";
import type { NamingResearch } from "./naming.ts";
import type { TaglineResearch } from "./taglines.ts";

/** The research pattern sets prompts and offline generators draw on (shared/research/*.ts). */
export interface ResearchSets {
  naming: NamingResearch;
  taglines: TaglineResearch;
  colors: ColorResearch;
  logo_styles: LogoStyleResearch;
}
export type ResearchName = keyof ResearchSets;
export const RESEARCH_NAMES: readonly ResearchName[] = [
  "naming",
  "taglines",
  "colors",
  "logo_styles",
];

// Loaded when an override is read: building the schemas is start-up time no request needs.
const schemas: { [K in ResearchName]: () => Promise<z.ZodType> } = {
  naming: async () => (await import("./naming_schema.ts")).NamingResearchSchema,
  taglines: async () => (await import("./taglines_schema.ts")).TaglineResearchSchema,
  colors: async () => (await import("./colors_schema.ts")).ColorResearchSchema,
  logo_styles: async () => (await import("./logo_styles_schema.ts")).LogoStyleResearchSchema,
};

/** What an override of the set must look like (extra keys are dropped). */
export const researchSchema = (name: ResearchName): Promise<z.ZodType> => schemas[name]();

// Loaded on first use only: a function that never names things does not parse naming data.
const loaders: { [K in ResearchName]: () => Promise<object> } = {
  naming: async () => (await import("./naming.ts")).namingResearch,
  taglines: async () => (await import("./taglines.ts")).taglineResearch,
  colors: async () => (await import("./colors.ts")).colorResearch,
  logo_styles: async () => (await import("./logo_styles.ts")).LOGO_STYLE_RESEARCH,
};

/** A set's version: its name and a hash of its content, so any change to the data shows. */
export async function researchVersion(name: ResearchName, data: object): Promise<string> {
  const { version: _, ...content } = data as { version?: unknown };
  const hash = await sha256Hex(new TextEncoder().encode(canonicalJson(content)));
  return `${name}-${hash.slice(0, 12)}`;
}

/** The set with its content version. */
export const versioned = async <K extends ResearchName>(
  name: K,
  data: object,
): Promise<ResearchSets[K]> =>
  ({ ...data, version: await researchVersion(name, data) }) as ResearchSets[K];

const loaded = new Map<ResearchName, Promise<unknown>>();

/** The bundled set, loaded and versioned once per isolate. */
export function bundledResearch<K extends ResearchName>(name: K): Promise<ResearchSets[K]> {
  let set = loaded.get(name);
  if (!set) loaded.set(name, set = loaders[name]().then((data) => versioned(name, data)));
  return set as Promise<ResearchSets[K]>;
}
