import type { AiClient } from "./ai/client.ts";
import { aiConfig } from "./ai/config.ts";
import { aiClientFromEnv } from "./ai/from_env.ts";
import { PgAttemptSink, PgHealthStore } from "./ai/pg_health.ts";
import { createTokenVerifier, type TokenVerifier } from "./auth/verify.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { connectPostgres, type Database, preparesStatements } from "./db/client.ts";
import { jsonLogger, type Logger } from "./log.ts";
import { ResearchRegistry } from "./research/registry.ts";
import { type AssetStore, assetStore } from "./storage/assets.ts";
import { serverKey } from "./storage/keys.ts";
import { lazyStorage } from "./storage/lazy.ts";
import { createLocalStorage } from "./storage/local.ts";
import type { AssetStorage } from "./storage/types.ts";

/** Everything a request handler needs from the outside world, built once per isolate. */
export interface Deps {
  config: Config;
  database: Database;
  verifyToken: TokenVerifier;
  log: Logger;
  /** The failover AI client (provider chains from the environment, health in Postgres). */
  ai: AiClient;
  /** Where the AI client's attempts go; drained before a generation is marked finished. */
  attempts: PgAttemptSink;
  /** Provider circuits shared by every isolate (read by health/ready and cron). */
  health: PgHealthStore;
  /** Generated files (logos, brand kits): a private bucket, read through signed URLs. */
  storage: AssetStorage;
  /** Stores a generated file and records it in `assets` (storage + database). */
  assets: AssetStore;
  /** Research pattern sets (bundled, or overridden from the database), cached per isolate. */
  research: ResearchRegistry;
  /** The clock; tests move it. */
  now: () => Date;
}

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
  const storage = options.storage ?? storageFrom(config, now);
  let ai: AiClient | undefined;
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
    // Built on first use: functions that never call a provider (health, projects, account…)
    // never build the chains. The providers' SDKs load on their first call (ai/from_env.ts).
    get ai() {
      return ai ??= aiClientFromEnv(aiConfig(config), {
        health,
        attempts,
        log,
        now: () => now().getTime(),
      });
    },
  };
}

/**
 * Supabase Storage when a server key is configured, loaded with supabase-js on the first
 * storage call (it stays out of the cold start); else the local directory backend.
 */
function storageFrom(config: Config, now: () => Date): AssetStorage {
  const key = serverKey(config);
  if (key) {
    const { SUPABASE_URL: url, STORAGE_BUCKET: bucket } = config;
    return lazyStorage(async () =>
      (await import("./storage/supabase.ts")).createSupabaseStorage({ url, key, bucket })
    );
  }
  return createLocalStorage({
    root: config.STORAGE_LOCAL_DIR,
    bucket: config.STORAGE_BUCKET,
    publicBaseUrl: config.SUPABASE_URL,
    // Without a configured secret, signed URLs last as long as the process.
    secret: config.STORAGE_SIGNING_SECRET ?? crypto.randomUUID() + crypto.randomUUID(),
    now,
  });
}

let current: Promise<Deps> | undefined;

/** Builds the deployed configuration from the environment: a database URL is required. */
export function depsFromEnv(env?: Record<string, string | undefined>): Deps {
  const config = loadConfig(env);
  if (!config.databaseUrl) {
    throw new ConfigError(
      "invalid environment variable DATABASE_URL: set DATABASE_URL or SUPABASE_DB_URL",
    );
  }
  // Never fall back to the edge runtime's ephemeral disk for user files.
  if (!serverKey(config)) {
    throw new ConfigError(
      "invalid environment variable SUPABASE_SECRET_KEYS: set SUPABASE_SECRET_KEYS or SUPABASE_SERVICE_ROLE_KEY (Storage needs a server key)",
    );
  }
  const { databaseUrl: url, DB_POOL_MAX: max, DB_PREPARE: prepare } = config;
  return assembleDeps(config, connectPostgres(url, max, preparesStatements(url, prepare)));
}

/** The isolate's dependencies: the ones installed by the local stack, else from env. */
export function defaultDeps(): Promise<Deps> {
  current ??= Promise.resolve().then(() => depsFromEnv());
  return current;
}

/** Installs the dependencies every app without explicit ones uses (scripts/dev does this). */
export function setDefaultDeps(deps: Deps): void {
  current = Promise.resolve(deps);
}
