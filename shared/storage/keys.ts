// The server key for Supabase's APIs; apart from supabase.ts so that choosing a storage backend
// does not load supabase-js.

/**
 * The key server code uses: the project's default secret key when it has the new API keys,
 * else the legacy service_role JWT. Takes the parsed config (SUPABASE_SECRET_KEYS through
 * parseSecretKeys in shared/config.ts).
 */
export function serverKey(config: {
  SUPABASE_SECRET_KEYS?: Record<string, string>;
  SUPABASE_SERVICE_ROLE_KEY?: string;
}): string | undefined {
  return config.SUPABASE_SECRET_KEYS?.default ?? config.SUPABASE_SERVICE_ROLE_KEY;
}
