import { z } from "zod";
import { canonicalJson, sha256Hex } from "../hash.ts";
import type { ColorResearch } from "./colors.ts";
import { ColorResearchSchema } from "./colors_schema.ts";
import type { LogoStyleResearch } from "./logo_styles.ts";
import { LogoStyleResearchSchema } from "./logo_styles_schema.ts";
import type { NamingResearch } from "./naming.ts";
import { NamingResearchSchema } from "./naming_schema.ts";
import type { TaglineResearch } from "./taglines.ts";
import { TaglineResearchSchema } from "./taglines_schema.ts";

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

/** What an override of each set must look like (extra keys are dropped). */
export const RESEARCH_SCHEMAS: { [K in ResearchName]: z.ZodType } = {
  naming: NamingResearchSchema,
  taglines: TaglineResearchSchema,
  colors: ColorResearchSchema,
  logo_styles: LogoStyleResearchSchema,
};

// Loaded on first use only: a function that never names things does not parse naming data.
const loaders: { [K in ResearchName]: () => Promise<object> } = {
  naming: async () => (await import("./naming.ts")).namingResearch,
  taglines: async () => (await import("./taglines.ts")).taglineResearch,
  colors: async () => (await import("./colors.ts")).colorResearch,
  logo_styles: async () => (await import("./logo_styles.ts")).LOGO_STYLE_RESEARCH,
};

/** A set's version: its name and a hash of its content, so any change to the data shows. */
export function researchVersion(name: ResearchName, data: object): string {
  const { version: _, ...content } = data as { version?: unknown };
  const hash = sha256Hex(new TextEncoder().encode(canonicalJson(content)));
  return `${name}-${hash.slice(0, 12)}`;
}

/** The set with its content version. */
export const versioned = <K extends ResearchName>(name: K, data: object): ResearchSets[K] =>
  ({ ...data, version: researchVersion(name, data) }) as ResearchSets[K];

const loaded = new Map<ResearchName, Promise<unknown>>();

/** The bundled set, loaded and versioned once per isolate. */
export function bundledResearch<K extends ResearchName>(name: K): Promise<ResearchSets[K]> {
  let set = loaded.get(name);
  if (!set) loaded.set(name, set = loaders[name]().then((data) => versioned(name, data)));
  return set as Promise<ResearchSets[K]>;
}
