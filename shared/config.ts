import { z } from "zod";

/** An unset and an empty variable mean the same: take the default. */
const v = <S extends z.ZodType>(schema: S) =>
  z.preprocess((x) => (x === "" ? undefined : x), schema);
/** Bucket names double as directory names locally: lowercase, no leading dot. */
export const BUCKET_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/**
 * SUPABASE_SECRET_KEYS as the platform sets it: a JSON object of key names to keys,
 * {"default":"sb_secret_…"}. Errors never quote the value: it is a secret.
 */
export function parseSecretKeys(raw: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('must be a JSON object like {"default":"sb_secret_..."}');
  }
  const valid = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((key) => typeof key === "string" && key !== "");
  if (!valid) throw new Error('must map key names to keys, like {"default":"sb_secret_..."}');
  return parsed as Record<string, string>;
}

const pgUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL");

/**
 * Every environment variable the functions read, parsed once at start-up.
 * env/secrets.env.example documents each one; keep the two in step.
 */
export const configSchema = z.object({
  SUPABASE_URL: v(z.url().default("http://localhost:54321")),
  SUPABASE_JWKS: v(
    z.string().optional().transform((raw, ctx) => {
      if (raw === undefined) return undefined;
      try {
        const parsed = JSON.parse(raw);
        const keys = Array.isArray(parsed) ? parsed : parsed?.keys;
        if (!Array.isArray(keys)) throw new Error("no keys");
        return { keys } as { keys: Record<string, unknown>[] };
      } catch {
        ctx.addIssue({ code: "custom", message: 'must be a JWKS: {"keys": [...]}' });
        return z.NEVER;
      }
    }),
  ),
  SUPABASE_SECRET_KEYS: v(
    z.string().optional().transform((raw, ctx) => {
      if (raw === undefined) return undefined;
      try {
        return parseSecretKeys(raw);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    }),
  ),
  SUPABASE_SERVICE_ROLE_KEY: v(z.string().optional()),
  STORAGE_BUCKET: v(
    z.string().regex(BUCKET_NAME, "must be 1-63 of a-z 0-9 _ -").default("brand-assets"),
  ),
  STORAGE_LOCAL_DIR: v(z.string().default(".data/storage")),
  STORAGE_SIGNING_SECRET: v(z.string().min(32).optional()),
  SIGNED_URL_TTL_SECONDS: v(z.coerce.number().int().min(60).max(604_800).default(3600)),
  JWT_SECRET: v(z.string().min(32).optional()),
  JWT_ISSUER: v(z.string().optional()),
  JWT_AUDIENCE: v(z.string().default("authenticated")),
  DATABASE_URL: v(pgUrl.optional()),
  SUPABASE_DB_URL: v(pgUrl.optional()),
  DB_POOL_MAX: v(z.coerce.number().int().min(1).max(50).default(4)),
  DB_PREPARE: v(z.enum(["auto", "on", "off"]).default("auto")),
  PGLITE_DATA_DIR: v(z.string().default(".data/pglite")),
  BODY_LIMIT_BYTES: v(z.coerce.number().int().min(1024).default(65_536)),
  CORS_ORIGINS: v(z.string().default("*")),
  LOG_LEVEL: v(z.enum(["debug", "info", "warn", "error"]).default("info")),
  CRON_SECRET: v(z.string().min(16).optional()),
  RDAP_BOOTSTRAP_URL: v(z.url().default("https://data.iana.org/rdap/dns.json")),
  AI_TEXT_CHAIN: v(z.string().optional()),
  AI_IMAGE_CHAIN: v(z.string().optional()),
  OPENAI_API_KEY: v(z.string().optional()),
  OPENAI_BASE_URL: v(z.url().optional()),
  ANTHROPIC_API_KEY: v(z.string().optional()),
  ANTHROPIC_BASE_URL: v(z.url().optional()),
  FAL_KEY: v(z.string().optional()),
  FAL_BASE_URL: v(z.url().optional()),
  OPENAI_COMPAT_BASE_URL: v(z.url().optional()),
  OPENAI_COMPAT_API_KEY: v(z.string().optional()),
  OPENAI_COMPAT_MODEL: v(z.string().optional()),
  RESEARCH_CACHE_TTL_MS: v(z.coerce.number().int().min(0).default(7 * 24 * 3_600_000)),
  SYNC_BUDGET_MS: v(z.coerce.number().int().min(0).max(140_000).default(25_000)),
  GENERATION_LEASE_MS: v(z.coerce.number().int().min(1_000).max(600_000).default(30_000)),
  QUEUED_TIMEOUT_MS: v(z.coerce.number().int().min(10_000).default(300_000)),
});

export type Config = z.output<typeof configSchema> & { issuer: string; databaseUrl?: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment; throws a ConfigError naming every bad variable. The AI provider
 * chains are checked by their own module (shared/ai/config.ts).
 */
export function loadConfig(env: Record<string, string | undefined> = Deno.env.toObject()): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment variable ${problems.join("; ")}`);
  }
  const cfg = result.data;
  return {
    ...cfg,
    issuer: cfg.JWT_ISSUER ?? `${cfg.SUPABASE_URL.replace(/\/$/, "")}/auth/v1`,
    // The pooler URL (DATABASE_URL) wins over the platform's direct SUPABASE_DB_URL.
    databaseUrl: cfg.DATABASE_URL ?? cfg.SUPABASE_DB_URL,
  };
}
