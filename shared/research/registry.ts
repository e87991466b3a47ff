import { eq } from "drizzle-orm";
import { researchOverrides } from "../../drizzle/schema.ts";
import type { Db } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { describeError, type Logger } from "../log.ts";
import type { ColorResearch } from "./colors.ts";
import { conforms } from "./conforms.ts";
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

// Loaded on first use only: a function that never names things does not parse naming data.
const bundled: { [K in ResearchName]: () => Promise<ResearchSets[K]> } = {
  naming: async () => (await import("./naming.ts")).namingResearch,
  taglines: async () => (await import("./taglines.ts")).taglineResearch,
  colors: async () => (await import("./colors.ts")).colorResearch,
  logo_styles: async () => (await import("./logo_styles.ts")).LOGO_STYLE_RESEARCH,
};

export interface LoadedResearch {
  name: ResearchName;
  version: string;
  source: "bundled" | "override";
  rejected?: string;
}

interface Entry {
  value: unknown;
  info: LoadedResearch;
  expiresAt: number;
}

/**
 * Research sets, cache-aside per isolate with a TTL (RESEARCH_CACHE_TTL_MS, 7 days): the
 * bundled data, unless research_overrides holds a row of the same name whose data has the
 * bundled shape (a bad override is logged and ignored). cron/refresh-research reloads.
 */
export class ResearchRegistry {
  readonly #cache = new Map<ResearchName, Promise<Entry>>();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly ttlMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get<K extends ResearchName>(name: K): Promise<ResearchSets[K]> {
    const cached = this.#cache.get(name);
    if (cached) {
      const entry = await cached;
      if (entry.expiresAt > this.now().getTime()) return entry.value as ResearchSets[K];
    }
    return (await this.#load(name)).value as ResearchSets[K];
  }

  /** Reloads every set now; what each resolved to. */
  async refresh(): Promise<LoadedResearch[]> {
    return await Promise.all(RESEARCH_NAMES.map(async (name) => (await this.#load(name)).info));
  }

  #load(name: ResearchName): Promise<Entry> {
    const loading = this.#resolve(name);
    this.#cache.set(name, loading);
    loading.catch(() => this.#cache.delete(name));
    return loading;
  }

  async #resolve(name: ResearchName): Promise<Entry> {
    const base = await bundled[name]();
    const expiresAt = this.now().getTime() + this.ttlMs;
    let row: { version: string; data: unknown } | undefined;
    try {
      [row] = await asAdmin(
        this.db,
        (tx) =>
          tx.select({ version: researchOverrides.version, data: researchOverrides.data })
            .from(researchOverrides).where(eq(researchOverrides.name, name)),
      );
    } catch (err) {
      this.log.log("warn", "research overrides unavailable", {
        research: name,
        ...describeError(err),
      });
    }
    if (row) {
      const problem = conforms(base, row.data);
      if (!problem) {
        return {
          value: { ...(row.data as object), version: row.version },
          info: { name, version: row.version, source: "override" },
          expiresAt,
        };
      }
      this.log.log("warn", "research override rejected", { research: name, problem });
      return {
        value: base,
        info: { name, version: base.version, source: "bundled", rejected: problem },
        expiresAt,
      };
    }
    return { value: base, info: { name, version: base.version, source: "bundled" }, expiresAt };
  }
}
