import { loadConfig } from "../../shared/config.ts";
import { connectPostgres, type Database, preparesStatements } from "../../shared/db/client.ts";
import { assembleDeps } from "../../shared/assemble.ts";
import { type Deps, setDefaultDeps } from "../../shared/deps.ts";
import type { ErrorBody } from "../../shared/http/errors.ts";
import type { Logger } from "../../shared/log.ts";
import { type LocalCron, startLocalCron } from "./local_cron.ts";
import { jwksOf, type LocalKey, localKey } from "./local_auth.ts";
import { createLocalStorage } from "../../shared/storage/local.ts";
import { SIGNED_OBJECT_PREFIX } from "../../shared/storage/signed_url.ts";
import { migrate } from "./migrate.ts";
import { openPglite } from "./pglite.ts";

const FUNCTIONS_DIR = new URL("../../supabase/functions/", import.meta.url);

export interface LocalStackOptions {
  env: Record<string, string | undefined>;
  port?: number;
  hostname?: string;
  /**
   * Run the cron function's schedule in-process, as pg_cron does on Supabase (scripts/dev
   * does). Without CRON_SECRET in env the stack makes one up for itself. CRON_EVERY_MS in env
   * replaces every interval.
   */
  cron?: boolean;
  /** An open database to use instead of DATABASE_URL / PGLITE_DATA_DIR. */
  database?: Database;
  key?: LocalKey;
  log?: Logger;
}

export interface LocalStack {
  url: string;
  deps: Deps;
  functions: string[];
  close(): Promise<void>;
}

/** Function names: every supabase/functions/<name>/app.ts (folders starting with _ are shared). */
export async function functionNames(): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(FUNCTIONS_DIR)) {
    if (entry.isDirectory && !entry.name.startsWith("_")) names.push(entry.name);
  }
  return names.sort();
}

/** Opens the configured database: DATABASE_URL if set, else PGlite persisted on disk. */
export async function openLocalDatabase(
  env: Record<string, string | undefined>,
): Promise<Database> {
  const config = loadConfig(env);
  const { databaseUrl: url, DB_POOL_MAX: max, DB_PREPARE: prepare } = config;
  if (url) return connectPostgres(url, max, preparesStatements(url, prepare));
  await Deno.mkdir(config.PGLITE_DATA_DIR, { recursive: true });
  return await openPglite({ dataDir: config.PGLITE_DATA_DIR });
}

/**
 * What `supabase start` + `supabase functions serve` give you, in one process: every
 * function's fetch handler at /functions/v1/<name>, the Auth JWKS, one database.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const key = options.key ?? await localKey();
  const env = {
    ...options.env,
    SUPABASE_JWKS: options.env.SUPABASE_JWKS || JSON.stringify(jwksOf(key)),
    CRON_SECRET: options.env.CRON_SECRET ||
      (options.cron ? crypto.randomUUID() + crypto.randomUUID() : undefined),
  };
  const config = loadConfig(env);
  const cronEvery = cronEveryMs(options.env.CRON_EVERY_MS);
  const database = options.database ?? await openLocalDatabase(env);
  await migrate(database);
  let baseUrl = ""; // known once the server listens (port 0 in tests)
  const storage = createLocalStorage({
    root: config.STORAGE_LOCAL_DIR,
    bucket: config.STORAGE_BUCKET,
    publicBaseUrl: () => baseUrl,
    secret: config.STORAGE_SIGNING_SECRET ?? crypto.randomUUID() + crypto.randomUUID(),
  });
  const deps: Deps = assembleDeps(config, database, { log: options.log, storage });
  setDefaultDeps(deps);

  const handlers = new Map<string, (req: Request) => Response | Promise<Response>>();
  const names = await functionNames();
  for (const name of names) {
    const mod = await import(new URL(`${name}/app.ts`, FUNCTIONS_DIR).href);
    handlers.set(name, mod.default.fetch);
  }

  const ac = new AbortController();
  let resolveListening: (addr: Deno.NetAddr) => void;
  const listening = new Promise<Deno.NetAddr>((r) => resolveListening = r);
  const server = Deno.serve({
    port: options.port ?? 54321,
    hostname: options.hostname ?? "127.0.0.1",
    signal: ac.signal,
    onListen: (addr) => resolveListening(addr as Deno.NetAddr),
  }, (req) => {
    const url = new URL(req.url);
    if (url.pathname === "/auth/v1/.well-known/jwks.json") return Response.json(jwksOf(key));
    if (url.pathname.startsWith(SIGNED_OBJECT_PREFIX)) return storage.serveSignedObject(req);
    const match = url.pathname.match(/^\/functions\/v1\/([^/]+)(\/.*)?$/);
    const handler = match && handlers.get(match[1]);
    if (!match || !handler) return noFunction(req, `no function at ${url.pathname}`);
    // fetch's Request cannot carry these; no route answers them (as for any unknown method).
    if (FORBIDDEN_METHODS.has(req.method.toUpperCase())) {
      return noFunction(req, `no route for ${req.method} ${url.pathname}`);
    }
    // Functions see /<name>/..., as on the platform.
    const inner = new URL(`/${match[1]}${match[2] ?? ""}${url.search}`, url);
    return handler(
      new Request(inner, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        ...(req.body ? { duplex: "half" } : {}),
      } as RequestInit),
    );
  });
  const addr = await listening;
  baseUrl = `http://${addr.hostname}:${addr.port}`;
  const cronHandler = handlers.get("cron");
  const cron: LocalCron | undefined = options.cron && cronHandler
    ? startLocalCron(cronHandler, config.CRON_SECRET!, deps.log, cronEvery)
    : undefined;
  return {
    url: baseUrl,
    deps,
    functions: names,
    async close() {
      await cron?.stop();
      ac.abort();
      await server.finished;
      if (!options.database) await database.close();
    },
  };
}

/** Methods a fetch Request refuses to carry to a function. */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

/** The stack's own 404 (no such function or route), in the API's error format like the functions'. */
function noFunction(req: Request, message: string): Response {
  // The functions' rule (Hono's request-id middleware): a plain token is kept, else a new id.
  const given = req.headers.get("x-request-id") ?? "";
  const id = /^[\w\-=]{1,255}$/.test(given) ? given : crypto.randomUUID();
  const body: ErrorBody = {
    error: "not_found",
    message,
    request_id: id,
  };
  return Response.json(body, { status: 404, headers: { "x-request-id": id } });
}

function cronEveryMs(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 50) throw new Error("CRON_EVERY_MS must be an integer ≥ 50");
  return ms;
}
