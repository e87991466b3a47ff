/**
 * What request handling needs from the outside world, in two tiers. The edge (config, log,
 * token verifier, clock) is cheap, built from the environment on the first request, and
 * serves every request: routing, CORS, the body guard, auth, errors. The rest (database, AI,
 * Storage, research) is assembled by assemble.ts when a request first reaches a route's
 * handler (http/lazy_handlers.ts `withDeps`), so a start, a 401, a 400 or a preflight never
 * loads Drizzle, the schema or any service.
 */
import type { AiClient } from "./ai/client.ts";
import type { PgAttemptSink, PgHealthStore } from "./ai/pg_health.ts";
import { createTokenVerifier, type TokenVerifier } from "./auth/verify.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import type { Database } from "./db/client.ts";
import { jsonLogger, type Logger } from "./log.ts";
import { once } from "./lazy.ts";
import type { ResearchRegistry } from "./research/registry.ts";
import type { AssetStore } from "./storage/assets.ts";
import { serverKey } from "./storage/keys.ts";
import type { AssetStorage } from "./storage/types.ts";

/** What every request needs before its route runs. */
export interface Edge {
  config: Config;
  verifyToken: TokenVerifier;
  log: Logger;
  /** The clock; tests move it. */
  now: () => Date;
}

/** Everything a route's work needs, built once per isolate (assemble.ts). */
export interface Deps extends Edge {
  database: Database;
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
}

/**
 * The deployed edge from the environment. A deployment needs a database URL and a server key
 * (user files never fall back to the edge runtime's ephemeral disk): both are checked here,
 * so a misconfigured function fails every request, not only those that reach the database.
 */
export function edgeFromEnv(env?: Record<string, string | undefined>): Edge {
  const config = loadConfig(env);
  if (!config.databaseUrl) {
    throw new ConfigError(
      "invalid environment variable DATABASE_URL: set DATABASE_URL or SUPABASE_DB_URL",
    );
  }
  if (!serverKey(config)) {
    throw new ConfigError(
      "invalid environment variable SUPABASE_SECRET_KEYS: set SUPABASE_SECRET_KEYS or SUPABASE_SERVICE_ROLE_KEY (Storage needs a server key)",
    );
  }
  return {
    config,
    log: jsonLogger(config.LOG_LEVEL),
    verifyToken: createTokenVerifier(config),
    now: () => new Date(),
  };
}

let edge: Edge | undefined;
let deps = once(async () => (await import("./assemble.ts")).depsFromEdge(defaultEdge()));

/** The isolate's edge: the local stack's, else from the environment. */
export function defaultEdge(): Edge {
  return edge ??= edgeFromEnv();
}

/** The isolate's dependencies, assembled on first use from its edge. */
export function defaultDeps(): Promise<Deps> {
  return deps();
}

/** Installs the dependencies every app without explicit ones uses (scripts/dev does this). */
export function setDefaultDeps(installed: Deps): void {
  edge = installed;
  deps = () => Promise.resolve(installed);
}
