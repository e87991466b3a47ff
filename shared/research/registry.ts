import { eq } from "drizzle-orm";
import { researchOverrides } from "../../drizzle/schema.ts";
import type { Db } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { describeError, type Logger } from "../log.ts";
import {
  bundledResearch,
  RESEARCH_NAMES,
  type ResearchName,
  researchSchema,
  type ResearchSets,
  versioned,
} from "./bundled.ts";

export type { ResearchName, ResearchSets };

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
 * bundled data, unless research_overrides holds a row of the same name whose data passes the
 * set's schema (a bad override is logged and ignored). Versions are content hashes, so an
 * override's version differs from the bundled one as soon as its data does.
 * cron/refresh-research reloads.
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
    const base = await bundledResearch(name);
    const expiresAt = this.now().getTime() + this.ttlMs;
    const data = await this.#override(name);
    if (data === undefined) {
      return { value: base, info: { name, version: base.version, source: "bundled" }, expiresAt };
    }
    const parsed = (await researchSchema(name)).safeParse(data, {
      error: (issue) => issue.input === undefined ? "missing" : undefined,
    });
    if (parsed.success) {
      const value = await versioned(name, parsed.data as object);
      return { value, info: { name, version: value.version, source: "override" }, expiresAt };
    }
    const problem = parsed.error.issues.slice(0, 5)
      .map((issue) => `$.${issue.path.join(".")}: ${issue.message}`).join("; ");
    this.log.log("warn", "research override rejected", { research: name, problem });
    return {
      value: base,
      info: { name, version: base.version, source: "bundled", rejected: problem },
      expiresAt,
    };
  }

  /** The override's data, or undefined when there is none (or it cannot be read). */
  async #override(name: ResearchName): Promise<unknown> {
    try {
      const [row] = await asAdmin(
        this.db,
        (tx) =>
          tx.select({ data: researchOverrides.data }).from(researchOverrides)
            .where(eq(researchOverrides.name, name)),
      );
      return row?.data;
    } catch (err) {
      this.log.log("warn", "research overrides unavailable", {
        research: name,
        ...describeError(err),
      });
      return undefined;
    }
  }
}
