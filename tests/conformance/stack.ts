import { createClient, FunctionsHttpError, type SupabaseClient } from "@supabase/supabase-js";
import { createKey, signToken } from "../../scripts/lib/local_auth.ts";
import { type LocalStack, startLocalStack } from "../../scripts/lib/local_stack.ts";
import type { Database } from "../../shared/db/client.ts";
import { settleBackground } from "../../shared/runtime/background.ts";
import { silentLogger } from "../../shared/log.ts";
import { startFakeRdap } from "../fakes/rdap_server.ts";
import { newUserId, TEST_ISSUER, TEST_SUPABASE_URL, testKey, tokenFor } from "../helpers/app.ts";
import { freshDatabase, TEST_DATABASE_URL } from "../helpers/db.ts";
import { setPlan } from "../helpers/lifecycle.ts";
import { type RawRequest, rawRequest, type RawResponse } from "./raw_http.ts";
import type { Operation } from "./routes.ts";

export const CRON_SECRET = "conformance-cron-secret-0123456789";

/** What every answer of the tier is checked against, and counted for the summary lines. */
export class Tally {
  requests = 0;
  readonly fiveHundreds: string[] = [];
  readonly covered = new Set<string>();
  /** "POST /projects 415": answers the operation's entry in docs/openapi.json does not list. */
  readonly undocumented = new Set<string>();
  readonly #routes: { op: Operation; pattern: RegExp }[];

  constructor(ops: Operation[]) {
    this.#routes = ops.map((op) => ({
      op,
      pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }));
  }

  /** One answer to `method` at `path` (under /functions/v1, query allowed). */
  see(client: string, method: string, path: string, status: number) {
    this.requests++;
    if (status >= 500) this.fiveHundreds.push(`${client} ${method} ${path} → ${status}`);
    const bare = path.replace(/^\/functions\/v1/, "").split("?")[0];
    const route = this.#routes.find((r) => r.op.method === method && r.pattern.test(bare));
    if (route && !route.op.documented.includes(status)) {
      this.undocumented.add(`${route.op.key} ${status}`);
    }
  }
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // deno-lint-ignore no-explicit-any
  json: any;
}

/** The local stack on a real port with everything the tier calls: users, tokens, clients. */
export interface Conformance {
  stack: LocalStack;
  database: Database;
  tally: Tally;
  user: string;
  tokens: { user: string; other: string; anon: string; expired: string; forged: string };
  /** supabase-js as an app uses it, signed in as `user` (or with `token`). */
  supabase(token?: string): SupabaseClient;
  /** fetch under /functions/v1; JSON bodies are sent as JSON. */
  call(method: string, path: string, init?: CallInit): Promise<Answer>;
  /** supabase-js functions.invoke; the answer as the app sees it, status included. */
  invoke(path: string, init: InvokeInit, token?: string): Promise<Answer>;
  raw(req: RawRequest): Promise<RawResponse | null>;
  close(): Promise<void>;
}

export interface CallInit {
  token?: string;
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
}

export interface InvokeInit {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export async function startConformance(ops: Operation[]): Promise<Conformance> {
  const rdap = startFakeRdap({ registries: { "/com/": ["com"], "/io/": ["io"] } });
  const database = await freshDatabase();
  const stack = await startLocalStack({
    env: {
      SUPABASE_URL: TEST_SUPABASE_URL,
      CRON_SECRET,
      RDAP_BOOTSTRAP_URL: rdap.bootstrapUrl,
      STORAGE_LOCAL_DIR: await Deno.makeTempDir({ prefix: "bpg-conformance-" }),
    },
    port: 0,
    database,
    key: await testKey(),
    log: silentLogger,
  });
  const tally = new Tally(ops);
  const user = newUserId();
  // Room for every generation the tier starts (the free plan holds 40 units a day).
  await setPlan(database.db, user, 100_000, 1_000_000);
  const key = await testKey();
  const tokens = {
    user: await tokenFor(user),
    other: await tokenFor(newUserId()),
    anon: await signToken(key, { sub: newUserId(), role: "anon", issuer: TEST_ISSUER }),
    expired: await tokenFor(user, { ttlSeconds: -120 }),
    forged: await signToken(await createKey(key.kid), { sub: user, issuer: TEST_ISSUER }),
  };
  const supabase = (token = tokens.user) =>
    createClient(stack.url, tokens.anon, { accessToken: async () => token });

  const answer = async (
    [client, method, path]: [string, string, string],
    res: Response,
  ): Promise<Answer> => {
    const text = await res.text();
    tally.see(client, method, path, res.status);
    let json = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch { /* not JSON: checks look at text */ }
    return { status: res.status, headers: res.headers, text, json };
  };

  return {
    stack,
    database,
    tally,
    user,
    tokens,
    supabase,
    async call(method, path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.token) headers.set("authorization", `Bearer ${init.token}`);
      let body = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        if (!headers.has("content-type")) headers.set("content-type", "application/json");
      }
      const res = await fetch(`${stack.url}/functions/v1${path}`, { method, headers, body });
      return await answer(["fetch", method, path], res);
    },
    async invoke(path, init, token) {
      const { data, error, response } = await supabase(token).functions.invoke(
        path.replace(/^\//, ""),
        init,
      );
      if (error && !(error instanceof FunctionsHttpError)) {
        throw new Error(`supabase-js ${init.method} ${path}: ${error.message}`);
      }
      const res = (error ? error.context : response) as Response;
      if (error) return await answer(["supabase-js", init.method, path], res);
      tally.see("supabase-js", init.method, path, res.status);
      return {
        status: res.status,
        headers: res.headers,
        text: typeof data === "string" ? data : JSON.stringify(data),
        json: data,
      };
    },
    async raw(req) {
      const res = await rawRequest(stack.url, req);
      if (res) {
        tally.see("raw", req.method, req.path, res.status);
        for (const status of res.more) tally.see("raw, next answer", req.method, req.path, status);
      } else tally.requests++;
      return res;
    },
    async close() {
      await settleBackground();
      await stack.close();
      await database.close();
      await rdap.close();
    },
  };
}

export const databaseLabel = () => TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
