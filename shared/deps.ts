import { createTokenVerifier, type TokenVerifier } from "./auth/verify.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { connectPostgres, type Database } from "./db/client.ts";
import { jsonLogger, type Logger } from "./log.ts";

/** Everything a request handler needs from the outside world, built once per isolate. */
export interface Deps {
  config: Config;
  database: Database;
  verifyToken: TokenVerifier;
  log: Logger;
  /** The clock; tests move it. */
  now: () => Date;
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
  return {
    config,
    database: connectPostgres(config.databaseUrl, config.DB_POOL_MAX),
    verifyToken: createTokenVerifier(config),
    log: jsonLogger(config.LOG_LEVEL),
    now: () => new Date(),
  };
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
