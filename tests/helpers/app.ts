import { loadConfig } from "../../shared/config.ts";
import type { Database } from "../../shared/db/client.ts";
import { assembleDeps } from "../../shared/assemble.ts";
import type { Deps } from "../../shared/deps.ts";
import type { Logger } from "../../shared/log.ts";
import { assetStore } from "../../shared/storage/assets.ts";
import { serverKey } from "../../shared/storage/keys.ts";
import { createLocalStorage } from "../../shared/storage/local.ts";
import type { AssetStorage } from "../../shared/storage/types.ts";
import { createKey, jwksOf, type LocalKey, signToken } from "../../scripts/lib/local_auth.ts";

export const TEST_SUPABASE_URL = "http://localhost:54321";
export const TEST_ISSUER = `${TEST_SUPABASE_URL}/auth/v1`;

let keyPromise: Promise<LocalKey> | undefined;
/** One signing key per test process, standing in for the project's Auth key. */
export const testKey = () => keyPromise ??= createKey("test-key");

/** Log lines captured for assertions (and kept off the test output). */
export function captureLogs(): Logger & { lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: (level, msg, fields) => lines.push({ level, msg, ...fields }) };
}

export async function testDeps(
  database: Database,
  env: Record<string, string> = {},
  overrides: Partial<Deps> = {},
): Promise<Deps> {
  const config = loadConfig({
    SUPABASE_URL: TEST_SUPABASE_URL,
    STORAGE_LOCAL_DIR: await Deno.makeTempDir({ prefix: "bpg-storage-" }),
    SUPABASE_JWKS: JSON.stringify(jwksOf(await testKey())),
    ...env,
  });
  const deps = assembleDeps(config, database, {
    log: overrides.log ?? captureLogs(),
    now: overrides.now,
    // Supabase Storage (a fake one) when the env names a server key, else a local directory.
    storage: serverKey(config) ? undefined : createLocalStorage({
      root: config.STORAGE_LOCAL_DIR,
      bucket: config.STORAGE_BUCKET,
      publicBaseUrl: config.SUPABASE_URL,
      secret: config.STORAGE_SIGNING_SECRET ?? crypto.randomUUID() + crypto.randomUUID(),
      now: overrides.now,
    }),
  });
  const merged = { ...deps, ...overrides };
  // Generated files go where the storage given goes.
  return overrides.storage && !overrides.assets ? withStorage(merged, overrides.storage) : merged;
}

/** The same dependencies writing generated files to another storage backend. */
export function withStorage(deps: Deps, storage: AssetStorage): Deps {
  const assets = assetStore({
    storage,
    db: deps.database.db,
    signedUrlTtlSeconds: deps.config.SIGNED_URL_TTL_SECONDS,
    log: deps.log,
  });
  return { ...deps, storage, assets };
}

export const newUserId = () => crypto.randomUUID();

export async function tokenFor(
  sub: string,
  extra: { email?: string; role?: string; ttlSeconds?: number } = {},
) {
  return await signToken(await testKey(), { sub, issuer: TEST_ISSUER, ...extra });
}

/** A fetch-like caller for an app: JSON in, parsed JSON out. */
export function client(
  app: { fetch: (req: Request) => Response | Promise<Response> },
  base: string,
) {
  return async (
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
      rawBody?: BodyInit;
    } = {},
  ) => {
    const headers = new Headers(options.headers);
    if (options.token) headers.set("authorization", `Bearer ${options.token}`);
    let body = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    const res = await app.fetch(
      new Request(`http://local/${base}${path}`, { method, headers, body }),
    );
    const text = await res.text();
    // Tests read the JSON they expect; `any` keeps their assertions short.
    // deno-lint-ignore no-explicit-any
    let json: any = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch { /* non-JSON body: tests look at text */ }
    return { status: res.status, headers: res.headers, json, text };
  };
}
