/**
 * A deployed function as the platform runs it: `deno run supabase/functions/<name>/index.ts`
 * in its own process, with a deployed environment, over real HTTP. Its routes are declared at
 * start-up; the data layer and services load on the first request a route needs them for.
 */
import assert from "node:assert/strict";
import { BENCH_ISSUER, deployedEnv, ROOT } from "../scripts/lib/bench_env.ts";
import { createKey, type LocalKey, signToken } from "../scripts/lib/local_auth.ts";
import { scratchPostgres } from "../scripts/lib/scratch_db.ts";
import { TEST_DATABASE_URL } from "./helpers/db.ts";

interface Entry {
  origin: string;
  /** What the process logged so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns a function's entry point on a free port and waits until it answers. */
async function spawnEntry(name: string, env: Record<string, string>): Promise<Entry> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", `supabase/functions/${name}/index.ts`],
    cwd: ROOT,
    env: { ...env, DENO_SERVE_ADDRESS: `tcp:127.0.0.1:${port}` },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let text = "";
  const drain = (stream: ReadableStream<Uint8Array>) =>
    stream.pipeThrough(new TextDecoderStream()).pipeTo(
      new WritableStream({ write: (chunk) => void (text += chunk) }),
    );
  const draining = Promise.all([drain(child.stdout), drain(child.stderr)]);
  const entry: Entry = {
    origin: `http://127.0.0.1:${port}`,
    output: () => text,
    stop: async () => {
      try {
        child.kill("SIGKILL");
      } catch { /* stopped already */ }
      await child.status;
      await draining.catch(() => {});
    },
  };
  for (const started = Date.now(); Date.now() - started < 20_000;) {
    try {
      await (await fetch(`${entry.origin}/${name}/openapi.json`)).body?.cancel();
      return entry;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  await entry.stop();
  throw new Error(`${name} did not start: ${text}`);
}

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
  const env = deployedEnv("", key);
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
