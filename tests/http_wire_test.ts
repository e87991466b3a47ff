import assert from "node:assert/strict";
import { createClient } from "@supabase/supabase-js";
import { importJWK, SignJWT } from "jose";
import { type LocalStack, startLocalStack } from "../scripts/lib/local_stack.ts";
import { signToken } from "../scripts/lib/local_auth.ts";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "../shared/db/client.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { failGeneration } from "../shared/generation/lifecycle.ts";
import { silentLogger } from "../shared/log.ts";
import { newUserId, TEST_ISSUER, testKey, tokenFor } from "./helpers/app.ts";
import { freshDatabase } from "./helpers/db.ts";
import { startAt } from "./helpers/lifecycle.ts";
import { chunked, rawRequest, type RawResponse } from "./helpers/raw_http.ts";
import { pgTest, test } from "./helpers/test.ts";

/**
 * What real clients put on the wire, against the local stack on a real port: requests with
 * no body at all, chunked framing, bodies that lie about their length, hostile JSON.
 */

const brief = { description: "Solar lamps for campers and hikers" };

async function withStack(fn: (stack: LocalStack) => Promise<void>, given?: Database) {
  const database = given ?? await freshDatabase();
  const stack = await startLocalStack({
    env: {
      SUPABASE_URL: "http://localhost:54321",
      STORAGE_LOCAL_DIR: await Deno.makeTempDir({ prefix: "bpg-wire-" }),
      RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json",
    },
    port: 0,
    database,
    key: await testKey(),
    log: silentLogger,
  });
  try {
    await fn(stack);
  } finally {
    await stack.close();
    if (!given) await database.close();
  }
}

function assertError(res: RawResponse | { status: number; json: unknown }, status: number) {
  const body = res.json as Record<string, unknown>;
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(typeof body.error, "string");
  assert.equal(typeof body.message, "string");
  assert.equal(typeof body.request_id, "string");
}

async function createProject(stack: LocalStack, token: string): Promise<string> {
  const res = await fetch(`${stack.url}/functions/v1/projects`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Lumen", brief }),
  });
  assert.equal(res.status, 201);
  return (await res.json()).id;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

test("requests without a body work however the client frames them", async () => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const del = (id: string, headers: Record<string, string>, body?: string) =>
      rawRequest(stack.url, {
        method: "DELETE",
        path: `/functions/v1/projects/${id}`,
        headers: { ...auth(token), ...headers },
        body,
      });

    const noLength = await del(await createProject(stack, token), {});
    assert.equal(noLength.status, 204, noLength.text);
    const zeroLength = await del(await createProject(stack, token), { "content-length": "0" });
    assert.equal(zeroLength.status, 204, zeroLength.text);
    const emptyChunked = await del(
      await createProject(stack, token),
      { "transfer-encoding": "chunked" },
      "0\r\n\r\n",
    );
    assert.equal(emptyChunked.status, 204, emptyChunked.text);

    const viaFetch = await fetch(
      `${stack.url}/functions/v1/projects/${await createProject(
        stack,
        token,
      )}`,
      { method: "DELETE", headers: auth(token) },
    );
    assert.equal(viaFetch.status, 204);

    const anonKey = await signToken(await testKey(), {
      sub: newUserId(),
      role: "anon",
      issuer: TEST_ISSUER,
    });
    const supabase = createClient(stack.url, anonKey, { accessToken: async () => token });
    const id = await createProject(stack, token);
    const patched = await supabase.functions.invoke(`projects/${id}`, {
      method: "PATCH",
      body: { name: "Lumen 2" },
    });
    assert.equal(patched.data.name, "Lumen 2");
    const invoked = await supabase.functions.invoke(`projects/${id}`, { method: "DELETE" });
    assert.equal(invoked.error, null);
    const gone = await supabase.functions.invoke(`projects/${id}`, { method: "GET" });
    assert.equal(gone.response?.status, 404);

    const listed = await fetch(`${stack.url}/functions/v1/projects`, { headers: auth(token) });
    assert.deepEqual((await listed.json()).items, []);
  });
});

test("cancel without a body cancels, and a refunded generation shows 0 units", async () => {
  await withStack(async (stack) => {
    const user = newUserId();
    const token = await tokenFor(user);
    const db = stack.deps.database.db;
    const started = await startAt(db, user, new Date(), { kind: "names" });
    assert.equal(started.outcome, "created");
    const id = (started as { generation: { id: string } }).generation.id;

    const canceled = await rawRequest(stack.url, {
      method: "POST",
      path: `/functions/v1/generations/${id}/cancel`,
      headers: auth(token),
    });
    assert.equal(canceled.status, 200, canceled.text);
    assert.equal(canceled.json.status, "canceled");
    assert.equal(canceled.json.usage.units, 0, "nothing was charged after the refund");

    const chunkedCancel = await rawRequest(stack.url, {
      method: "POST",
      path: `/functions/v1/generations/${id}/cancel`,
      headers: {
        ...auth(token),
        "transfer-encoding": "chunked",
        "content-type": "application/json",
      },
      body: chunked("{", "}"),
    });
    assert.equal(chunkedCancel.status, 200, chunkedCancel.text);

    const viaClient = await startAt(db, user, new Date(), { kind: "taglines", hash: "third" });
    const anonKey = await signToken(await testKey(), {
      sub: newUserId(),
      role: "anon",
      issuer: TEST_ISSUER,
    });
    const supabase = createClient(stack.url, anonKey, { accessToken: async () => token });
    const invoked = await supabase.functions.invoke(
      `generations/${(viaClient as { generation: { id: string } }).generation.id}/cancel`,
      { method: "POST" },
    );
    assert.equal(invoked.error, null);
    assert.equal(invoked.data.status, "canceled");

    const failing = await startAt(db, user, new Date(), { kind: "colors", hash: "other" });
    const failedId = (failing as { generation: { id: string } }).generation.id;
    await failGeneration(db, failedId, null, { code: "x", message: "provider down" }, new Date());
    const failed = await fetch(`${stack.url}/functions/v1/generations/${failedId}`, {
      headers: auth(token),
    });
    const envelope = await failed.json();
    assert.equal(envelope.status, "failed");
    assert.equal(envelope.usage.units, 0);

    const account = await fetch(`${stack.url}/functions/v1/account`, { headers: auth(token) });
    for (const w of (await account.json()).windows) assert.equal(w.used, 0);
  });
});

test("HEAD and OPTIONS over a raw socket", async () => {
  await withStack(async (stack) => {
    const head = await rawRequest(stack.url, { method: "HEAD", path: "/functions/v1/health" });
    assert.equal(head.status, 200);
    assert.equal(head.text, "");
    const token = await tokenFor(newUserId());
    const headList = await rawRequest(stack.url, {
      method: "HEAD",
      path: "/functions/v1/projects",
      headers: auth(token),
    });
    assert.equal(headList.status, 200);
    assert.equal(headList.text, "");
    const preflight = await rawRequest(stack.url, {
      method: "OPTIONS",
      path: "/functions/v1/projects/00000000-0000-4000-8000-000000000000",
      headers: {
        origin: "https://app.example.com",
        "access-control-request-method": "DELETE",
        "access-control-request-headers": "authorization, x-client-info, apikey",
      },
    });
    assert.equal(preflight.status, 204);
    assert.ok(preflight.headers.get("access-control-allow-methods")!.includes("DELETE"));
  });
});

test("a chunked JSON body is read whole; a non-JSON one is 415", async () => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const body = JSON.stringify({ name: "Chunky", brief });
    const created = await rawRequest(stack.url, {
      method: "POST",
      path: "/functions/v1/projects",
      headers: {
        ...auth(token),
        "content-type": "application/json",
        "transfer-encoding": "chunked",
      },
      body: chunked(body.slice(0, 10), body.slice(10, 30), body.slice(30)),
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.name, "Chunky");

    const form = await rawRequest(stack.url, {
      method: "DELETE",
      path: `/functions/v1/projects/${created.json.id}`,
      headers: { ...auth(token), "transfer-encoding": "chunked", "content-type": "text/plain" },
      body: chunked("hello"),
    });
    assertError(form, 415);
    assert.equal(form.json.error, "unsupported_media_type");
  });
});

/** `depth` nested arrays around 0: `[[[0]]]` is depth 3. */
const nested = (depth: number) => "[".repeat(depth) + "0" + "]".repeat(depth);

test("deeply nested JSON is 400 invalid_json on every POST route, before auth", async () => {
  await withStack(async (stack) => {
    const deep = `{"brief":${nested(5_000)}}`;
    for (
      const fn of [
        "projects",
        "generate-names",
        "check-domains",
        "generate-logos",
        "generate-colors",
        "generate-taglines",
        "generate-package",
      ]
    ) {
      const res = await fetch(`${stack.url}/functions/v1/${fn}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: deep,
      });
      const json = await res.json();
      assertError({ status: res.status, json }, 400);
      assert.equal(json.error, "invalid_json", fn);
      assert.equal(json.details.max_depth, 64);
    }
    const token = await tokenFor(newUserId());
    const post = (description: unknown) =>
      fetch(`${stack.url}/functions/v1/projects`, {
        method: "POST",
        headers: { ...auth(token), "content-type": "application/json" },
        body: `{"name":"x","brief":{"description":${description}}}`,
      }).then(async (r) => ({ status: r.status, json: await r.json() }));
    // The object and "brief" are two levels: 62 more reach the limit, 63 go past it.
    const atLimit = await post(nested(62));
    assert.equal(atLimit.json.error, "validation_failed");
    const past = await post(nested(63));
    assert.equal(past.json.error, "invalid_json");
  });
});

test("a huge array within the size limit is a validation error, not a crash", async () => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const names = `[${Array(30_000).fill("0").join(",")}]`;
    const res = await rawRequest(stack.url, {
      method: "POST",
      path: "/functions/v1/check-domains",
      headers: { ...auth(token), "content-type": "application/json" },
      body: `{"names":${names}}`,
    });
    assertError(res, 400);
    assert.equal(res.json.error, "validation_failed");
  });
});

test("malformed chunking and lying lengths are 400/413, never 500, and charge nothing", async () => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const post = (headers: Record<string, string>, body: string, endInput = false) =>
      rawRequest(stack.url, {
        method: "POST",
        path: "/functions/v1/generate-names",
        headers: { ...auth(token), "content-type": "application/json", ...headers },
        body,
        endInput,
      });
    const json = JSON.stringify({ brief, count: 3 });

    // A chunk that claims more than the limit and then breaks its framing.
    const bigBroken = await post(
      { "transfer-encoding": "chunked" },
      `${(70_000).toString(16)}\r\n${"x".repeat(70_000)}garbage\r\nnot-a-size\r\n`,
      true,
    );
    assertError(bigBroken, 413);
    assert.equal(bigBroken.json.error, "payload_too_large");

    const smallBroken = await post(
      { "transfer-encoding": "chunked" },
      `5\r\n{"bri\r\nzz\r\nief": 1}\r\n0\r\n\r\n`,
      true,
    );
    // Broken framing inside the limit: the server drops the connection (or, had it read the
    // broken part already, the app answers 400). Never a 5xx.
    if (smallBroken.status !== 0) assertError(smallBroken, 400);

    const truncated = await post({ "transfer-encoding": "chunked" }, `ff\r\n${json}`, true);
    assertError(truncated, 400);

    const shorter = await post({ "content-length": "5" }, json);
    assertError(shorter, 400);
    assert.equal(shorter.json.error, "invalid_json");

    const longer = await post({ "content-length": String(json.length + 100) }, json, true);
    assertError(longer, 400);

    const overLimit = await post({ "content-length": "1000000" }, json, true);
    assertError(overLimit, 413);

    const account = await fetch(`${stack.url}/functions/v1/account`, { headers: auth(token) });
    for (const w of (await account.json()).windows) assert.equal(w.used, 0);
    const listed = await fetch(`${stack.url}/functions/v1/generations`, { headers: auth(token) });
    assert.deepEqual((await listed.json()).items, []);
  });
});

async function tokenWithClaims(sub: string, claims: Record<string, unknown>) {
  const key = await testKey();
  const now = Math.floor(Date.now() / 1000);
  return await new SignJWT({ role: "authenticated", ...claims })
    .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
    .setIssuer(TEST_ISSUER)
    .setSubject(sub)
    .setAudience("authenticated")
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(await importJWK(key.privateJwk, "ES256"));
}

test("a validly signed token whose claims Postgres cannot store is 401", async () => {
  await withStack(async (stack) => {
    for (
      const claims of [
        { email: "a\u0000b@example.com" },
        { email: "\ud800@example.com" },
        { user_metadata: { ["\u0000"]: 1 } },
        { app_metadata: JSON.parse(`{"x":${nested(100)}}`) },
      ]
    ) {
      const token = await tokenWithClaims(newUserId(), claims);
      for (const path of ["projects", "account", "generations"]) {
        const res = await fetch(`${stack.url}/functions/v1/${path}`, { headers: auth(token) });
        const json = await res.json();
        assertError({ status: res.status, json }, 401);
        assert.equal(json.error, "unauthorized");
      }
    }
  });
});

test("names that can never become a domain label are 400 on generate-package too", async () => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const post = (fn: string, body: unknown) =>
      fetch(`${stack.url}/functions/v1/${fn}`, {
        method: "POST",
        headers: { ...auth(token), "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, json: await r.json() }));
    for (const name of ["!!!", "🚀🔥", "\u202e\u202d", "\u200b\u200c", "--"]) {
      const pkg = await post("generate-package", { brief, name });
      assertError(pkg, 400);
      assert.equal(pkg.json.error, "validation_failed");
      assert.ok(pkg.json.details.fields.name, JSON.stringify(pkg.json));
      const domains = await post("check-domains", { names: [name] });
      assertError(domains, 400);
      assert.equal(pkg.json.details.fields.name[0], domains.json.details.fields["names.0"][0]);
    }
    const account = await fetch(`${stack.url}/functions/v1/account`, { headers: auth(token) });
    for (const w of (await account.json()).windows) assert.equal(w.used, 0);
  });
});

test("the local stack's own 404 has the error shape and a request id", async () => {
  await withStack(async (stack) => {
    for (const path of ["/functions/v1/%2e%2e", "/functions/v1/nope", "/elsewhere", "/"]) {
      const res = await rawRequest(stack.url, { method: "GET", path });
      assertError(res, 404);
      assert.equal(res.json.error, "not_found");
      assert.equal(res.headers.get("x-request-id"), res.json.request_id);
    }
    const given = await fetch(`${stack.url}/functions/v1/nope`, {
      headers: { "x-request-id": "abc-123" },
    });
    assert.equal((await given.json()).request_id, "abc-123");
    // Methods fetch cannot forward to a function are no route, not a 500.
    for (const method of ["TRACE", "TRACK"]) {
      const res = await rawRequest(stack.url, { method, path: "/functions/v1/health" });
      assertError(res, 404);
      assert.equal(res.json.error, "not_found");
    }
  });
});

/**
 * Deletes a project in a transaction that stays open until some other backend waits for a
 * lock it holds (the racing request), then commits: the race, made deterministic.
 */
async function deleteProjectDuring(
  database: Database,
  projectId: string,
  racing: () => Promise<Response>,
): Promise<Response> {
  let response: Promise<Response> | undefined;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`delete from public.projects where id = ${projectId}`);
    response = racing();
    for (let i = 0;; i++) {
      const [row] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (row.n > 0) break;
      if (i > 600) throw new Error("the racing request never waited for the delete");
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  return await response!;
}

pgTest("starting a generation in a project being deleted is 404, not 500", async (database) => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const projectId = await createProject(stack, token);
    const res = await deleteProjectDuring(
      database,
      projectId,
      () =>
        fetch(`${stack.url}/functions/v1/generate-names`, {
          method: "POST",
          headers: { ...auth(token), "content-type": "application/json" },
          body: JSON.stringify({ brief, count: 3, project_id: projectId }),
        }),
    );
    const json = await res.json();
    assertError({ status: res.status, json }, 404);
    assert.equal(json.error, "not_found");
    const account = await fetch(`${stack.url}/functions/v1/account`, { headers: auth(token) });
    for (const w of (await account.json()).windows) assert.equal(w.used, 0);
  }, database);
});

pgTest("exporting a kit while its project is deleted is 404, not 500", async (database) => {
  await withStack(async (stack) => {
    const token = await tokenFor(newUserId());
    const projectId = await createProject(stack, token);
    const started = await fetch(`${stack.url}/functions/v1/generate-package`, {
      method: "POST",
      headers: { ...auth(token), "content-type": "application/json" },
      body: JSON.stringify({ brief, name: "Lumen", project_id: projectId, logo_count: 1 }),
    });
    const pkg = await started.json();
    await settleBackground();
    const res = await deleteProjectDuring(
      database,
      projectId,
      () =>
        fetch(`${stack.url}/functions/v1/generations/${pkg.id}/export`, { headers: auth(token) }),
    );
    const json = await res.json();
    assertError({ status: res.status, json }, 404);
    assert.equal(json.error, "not_found");
  }, database);
});
