// Server keys for Supabase's APIs; apart from supabase.ts so that config parsing does not
// load supabase-js.

/**
 * The key server code uses: the project's default secret key when it has the new API keys,
 * else the legacy service_role JWT. Takes the parsed config (SUPABASE_SECRET_KEYS through
 * parseSecretKeys).
 */
export function serverKey(config: {
  SUPABASE_SECRET_KEYS?: Record<string, string>;
  SUPABASE_SERVICE_ROLE_KEY?: string;
}): string | undefined {
  return config.SUPABASE_SECRET_KEYS?.default ?? config.SUPABASE_SERVICE_ROLE_KEY;
}

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
