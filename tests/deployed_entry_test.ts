/**
 * A deployed function as the platform runs it: `deno run supabase/functions/<name>/index.ts`
 * in its own process, with a deployed environment, over real HTTP. Its routes are declared at
 * start-up; the data layer and services load on the first request a route needs them for.
 */
import assert from "node:assert/strict";
import { BENCH_ISSUER, deployedEnv, serve } from "../scripts/lib/bench_env.ts";
import { createKey, type LocalKey, signToken } from "../scripts/lib/local_auth.ts";
import { scratchPostgres } from "../scripts/lib/scratch_db.ts";
import { TEST_DATABASE_URL } from "./helpers/db.ts";

/** A function's entry point on a free port, its log kept; once it answers. */
const spawnEntry = (name: string, env: Record<string, string>) =>
  serve(`supabase/functions/${name}/index.ts`, env, `/${name}/openapi.json`, {}, {
    capture: true,
  });

const tokenFor = (key: LocalKey) =>
  signToken(key, { sub: crypto.randomUUID(), issuer: BENCH_ISSUER });

Deno.test("a deployed function answers 401s and preflights without its database, then reaches it for a route", async () => {
  const key = await createKey();
  // Nothing listens on port 9: any query would fail.
  const entry = await spawnEntry(
    "projects",
    deployedEnv("postgres://postgres@127.0.0.1:9/none", key),
  );
  try {
    const anonymous = await fetch(`${entry.origin}/projects`);
    assert.equal(anonymous.status, 401);
    assert.equal((await anonymous.json()).error, "unauthorized");

    const preflight = await fetch(`${entry.origin}/projects`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST" },
    });
    await preflight.body?.cancel();
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "*");

    // A signed-in request loads the handlers and the data layer, which cannot connect.
    const signedIn = await fetch(`${entry.origin}/projects`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await tokenFor(key)}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "Harbor Bakery" }),
    });
    const body = await signedIn.json();
    assert.equal(signedIn.status, 500);
    assert.equal(body.error, "internal_error");
    assert.ok(!JSON.stringify(body).includes("postgres://"), "no connection string in the answer");
  } finally {
    await entry.stop();
  }
  // The body guard rebuilds a request without reading its signal, which Deno warns about.
  assert.ok(!entry.output().includes("request.signal"), entry.output());
});

Deno.test("a deployed function without DATABASE_URL fails every request and says why in its log", async () => {
  const key = await createKey();
  // Neither database variable: the runner's own environment is passed on to the function.
  const env = { ...deployedEnv("", key), SUPABASE_DB_URL: "" };
  const entry = await spawnEntry("account", env);
  try {
    const res = await fetch(`${entry.origin}/account`);
    assert.equal(res.status, 500, "a misconfiguration is not hidden behind a 401");
    assert.equal((await res.json()).error, "internal_error");
    await entry.stop(); // flushes what it logged
    assert.match(entry.output(), /DATABASE_URL/);
    assert.ok(!entry.output().includes("sb_secret_bench"), "the server key never reaches the log");
  } finally {
    await entry.stop();
  }
});

Deno.test({
  name: "a deployed function serves its first signed-in request from PostgreSQL",
  ignore: !TEST_DATABASE_URL,
  fn: async () => {
    const key = await createKey();
    const scratch = await scratchPostgres("bpg_test_entry");
    const entry = await spawnEntry("projects", deployedEnv(scratch.url, key));
    try {
      const authorization = `Bearer ${await tokenFor(key)}`;
      const created = await fetch(`${entry.origin}/projects`, {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ name: "Harbor Bakery" }),
      });
      assert.equal(created.status, 201);
      const listed = await fetch(`${entry.origin}/projects`, { headers: { authorization } });
      assert.equal(listed.status, 200);
      assert.deepEqual((await listed.json()).items.map((p: { name: string }) => p.name), [
        "Harbor Bakery",
      ]);
    } finally {
      await entry.stop();
      await scratch.drop();
    }
  },
});
