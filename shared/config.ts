/**
 * Every environment variable the functions read, parsed once at start-up.
 * env/secrets.env.example documents each one; keep the two in step.
 *
 * A table of small parsers rather than a zod object: the config is parsed on every cold
 * start, and zod's schema construction and first parse of 37 variables cost about 11 ms of
 * it (docs/architecture.md, "Cold start").
 */

/** Bucket names double as directory names locally: lowercase, no leading dot. */
export const BUCKET_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** A variable's parser: gets the set, non-empty value; throws Invalid to reject it. */
type Parse<T> = (raw: string) => T;
/** A variable: an unset and an empty one mean the same, which is `fallback`. */
type Variable<T> = (raw: string | undefined) => T;

class Invalid extends Error {}

const optional = <T>(parse: Parse<T>): Variable<T | undefined> => (raw) =>
  raw === undefined || raw === "" ? undefined : parse(raw);
const orElse = <T>(parse: Parse<T>, fallback: T): Variable<T> => (raw) =>
  raw === undefined || raw === "" ? fallback : parse(raw);

const text: Parse<string> = (raw) => raw;
const atLeast = (length: number): Parse<string> => (raw) => {
  if (raw.length < length) throw new Invalid(`must be at least ${length} characters`);
  return raw;
};
const matching = (pattern: RegExp, message: string): Parse<string> => (raw) => {
  if (!pattern.test(raw)) throw new Invalid(message);
  return raw;
};
/** As zod's `z.url()` took it: trimmed, tabs and newlines dropped (an env file's stray "\n"). */
const url: Parse<string> = (raw) => {
  const value = raw.trim().replaceAll(/[\t\n\r]/g, "");
  if (!URL.canParse(value)) throw new Invalid("must be a URL");
  return value;
};
const pgUrl = matching(/^postgres(ql)?:\/\//, "must be a postgres:// URL");
const integer = (min: number, max = Number.MAX_SAFE_INTEGER): Parse<number> => (raw) => {
  const n = raw.trim() === "" ? NaN : Number(raw.trim());
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Invalid(
      `must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"}`,
    );
  }
  return n;
};
const oneOf = <const T extends string>(...values: T[]): Parse<T> => (raw) => {
  if (!(values as string[]).includes(raw)) throw new Invalid(`must be one of ${values.join(", ")}`);
  return raw as T;
};

/**
 * SUPABASE_SECRET_KEYS as the platform sets it: a JSON object of key names to keys,
 * {"default":"sb_secret_…"}. Errors never quote the value: it is a secret.
 */
export function parseSecretKeys(raw: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Invalid('must be a JSON object like {"default":"sb_secret_..."}');
  }
  const valid = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((key) => typeof key === "string" && key !== "");
  if (!valid) throw new Invalid('must map key names to keys, like {"default":"sb_secret_..."}');
  return parsed as Record<string, string>;
}

/** An inline JWKS, `{"keys": [...]}` (or the bare array). */
function jwks(raw: string): { keys: Record<string, unknown>[] } {
  let keys: unknown;
  try {
    const parsed = JSON.parse(raw);
    keys = Array.isArray(parsed) ? parsed : parsed?.keys;
  } catch { /* reported below */ }
  if (!Array.isArray(keys)) throw new Invalid('must be a JWKS: {"keys": [...]}');
  return { keys };
}

const VARIABLES = {
  SUPABASE_URL: orElse(url, "http://localhost:54321"),
  SUPABASE_JWKS: optional(jwks),
  SUPABASE_SECRET_KEYS: optional(parseSecretKeys),
  SUPABASE_SERVICE_ROLE_KEY: optional(text),
  STORAGE_BUCKET: orElse(matching(BUCKET_NAME, "must be 1-63 of a-z 0-9 _ -"), "brand-assets"),
  STORAGE_LOCAL_DIR: orElse(text, ".data/storage"),
  STORAGE_SIGNING_SECRET: optional(atLeast(32)),
  SIGNED_URL_TTL_SECONDS: orElse(integer(60, 604_800), 3600),
  JWT_SECRET: optional(atLeast(32)),
  JWT_ISSUER: optional(text),
  JWT_AUDIENCE: orElse(text, "authenticated"),
  DATABASE_URL: optional(pgUrl),
  SUPABASE_DB_URL: optional(pgUrl),
  DB_POOL_MAX: orElse(integer(1, 50), 4),
  DB_PREPARE: orElse(oneOf("auto", "on", "off"), "auto"),
  PGLITE_DATA_DIR: orElse(text, ".data/pglite"),
  BODY_LIMIT_BYTES: orElse(integer(1024), 65_536),
  CORS_ORIGINS: orElse(text, "*"),
  LOG_LEVEL: orElse(oneOf("debug", "info", "warn", "error"), "info"),
  CRON_SECRET: optional(atLeast(16)),
  RDAP_BOOTSTRAP_URL: orElse(url, "https://data.iana.org/rdap/dns.json"),
  AI_TEXT_CHAIN: optional(text),
  AI_IMAGE_CHAIN: optional(text),
  OPENAI_API_KEY: optional(text),
  OPENAI_BASE_URL: optional(url),
  ANTHROPIC_API_KEY: optional(text),
  ANTHROPIC_BASE_URL: optional(url),
  FAL_KEY: optional(text),
  FAL_BASE_URL: optional(url),
  OPENAI_COMPAT_BASE_URL: optional(url),
  OPENAI_COMPAT_API_KEY: optional(text),
  OPENAI_COMPAT_MODEL: optional(text),
  RESEARCH_CACHE_TTL_MS: orElse(integer(0), 7 * 24 * 3_600_000),
  SYNC_BUDGET_MS: orElse(integer(0, 140_000), 25_000),
  GENERATION_LEASE_MS: orElse(integer(1_000, 600_000), 30_000),
  QUEUED_TIMEOUT_MS: orElse(integer(10_000), 300_000),
};

type Variables = typeof VARIABLES;
export type Config = { -readonly [K in keyof Variables]: ReturnType<Variables[K]> } & {
  issuer: string;
  databaseUrl?: string;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment; throws a ConfigError naming every bad variable (never its value).
 * The AI provider chains are checked by their own module (shared/ai/config.ts).
 */
export function loadConfig(env: Record<string, string | undefined> = Deno.env.toObject()): Config {
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, parse] of Object.entries(VARIABLES)) {
    try {
      parsed[name] = parse(env[name]);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      problems.push(`${name}: ${err.message}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid environment variable ${problems.join("; ")}`);
  }
  const cfg = parsed as Omit<Config, "issuer" | "databaseUrl">;
  return {
    ...cfg,
    issuer: cfg.JWT_ISSUER ?? `${cfg.SUPABASE_URL.replace(/\/$/, "")}/auth/v1`,
    // The pooler URL (DATABASE_URL) wins over the platform's direct SUPABASE_DB_URL.
    databaseUrl: cfg.DATABASE_URL ?? cfg.SUPABASE_DB_URL,
  };
}
