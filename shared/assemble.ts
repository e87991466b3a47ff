/**
 * Puts a function's dependencies together: the database, the AI client, Storage, research.
 * Imported on the first request that needs them (deps.ts `defaultDeps`), never at start-up:
 * Drizzle, the schema and every service behind these imports are most of a cold start.
 */
import { aiConfig } from "./ai/config.ts";
import { lazyAiClient } from "./ai/lazy.ts";
import { PgAttemptSink, PgHealthStore } from "./ai/pg_health.ts";
import { createTokenVerifier, type TokenVerifier } from "./auth/verify.ts";
import { type Config, ConfigError } from "./config.ts";
import { connectPostgres, type Database, preparesStatements } from "./db/client.ts";
import type { Deps, Edge } from "./deps.ts";
import { jsonLogger, type Logger } from "./log.ts";
import { ResearchRegistry } from "./research/registry.ts";
import { assetStore } from "./storage/assets.ts";
import { serverKey } from "./storage/keys.ts";
import { lazyStorage } from "./storage/lazy.ts";
import type { AssetStorage } from "./storage/types.ts";

/** The one place dependencies are put together: deployed, local stack and tests alike. */
export function assembleDeps(
  config: Config,
  database: Database,
  options: { log?: Logger; now?: () => Date; verifyToken?: TokenVerifier; storage?: AssetStorage } =
    {},
): Deps {
  const log = options.log ?? jsonLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const attempts = new PgAttemptSink(database.db, log);
  const health = new PgHealthStore(database.db, now);
  const storage = options.storage ?? supabaseStorage(config);
  return {
    config,
    database,
    verifyToken: options.verifyToken ?? createTokenVerifier(config),
    log,
    now,
    attempts,
    health,
    storage,
    assets: assetStore({
      storage,
      db: database.db,
      signedUrlTtlSeconds: config.SIGNED_URL_TTL_SECONDS,
      log,
    }),
    research: new ResearchRegistry(database.db, log, config.RESEARCH_CACHE_TTL_MS, now),
    // Built on its first call: requests that never ask a provider never load the client or
    // check the chains. The providers' SDKs load on their own first call (ai/from_env.ts).
    ai: lazyAiClient(async () =>
      (await import("./ai/from_env.ts")).aiClientFromEnv(aiConfig(config), {
        health,
        attempts,
        log,
        now: () => now().getTime(),
      })
    ),
  };
}

/**
 * Supabase Storage, loaded with supabase-js on the first storage call (it stays out of the
 * cold start). The local stack and the tests hand in their own backend (storage/local.ts).
 */
function supabaseStorage(config: Config): AssetStorage {
  const key = serverKey(config);
  if (!key) {
    throw new ConfigError(
      "invalid environment variable SUPABASE_SECRET_KEYS: Supabase Storage needs a server key",
    );
  }
  const { SUPABASE_URL: url, STORAGE_BUCKET: bucket } = config;
  return lazyStorage(async () =>
    (await import("./storage/supabase.ts")).createSupabaseStorage({ url, key, bucket })
  );
}

/** The deployed dependencies: Postgres at the edge's (checked) DATABASE_URL, Supabase Storage. */
export function depsFromEdge(edge: Edge): Deps {
  const { databaseUrl, DB_POOL_MAX: max, DB_PREPARE: prepare } = edge.config;
  const url = databaseUrl!;
  return assembleDeps(
    edge.config,
    connectPostgres(url, max, preparesStatements(url, prepare)),
    edge,
  );
}
