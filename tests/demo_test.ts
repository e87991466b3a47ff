import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { localKey } from "../scripts/lib/local_auth.ts";
import { startLocalStack } from "../scripts/lib/local_stack.ts";
import { DemoHttpError } from "../scripts/lib/demo_client.ts";
import { describeDemoFailure } from "../scripts/lib/demo_report.ts";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import { silentLogger } from "../shared/log.ts";
import { freshDatabase } from "./helpers/db.ts";
import { newUserId } from "./helpers/app.ts";
import { setPlan } from "./helpers/lifecycle.ts";
import { test } from "./helpers/test.ts";

const ROOT = new URL("..", import.meta.url);
const BRIEF = "Solar lanterns and camp lights for hikers who travel light";

/** scripts/demo as a user runs it, from a scratch directory (./out lands there). */
async function demo(args: string[], env: Record<string, string> = {}) {
  const cwd = await Deno.makeTempDir({ prefix: "bpg-demo-" });
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--quiet",
      "--config",
      new URL("deno.json", ROOT).pathname,
      new URL("scripts/demo.ts", ROOT).pathname,
      ...args,
    ],
    cwd,
    env: {
      DATABASE_URL: "",
      SUPABASE_DB_URL: "",
      PGLITE_DATA_DIR: `${cwd}/.data/pglite`,
      STORAGE_LOCAL_DIR: `${cwd}/.data/storage`,
      ...env,
    },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { cwd, code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
}

/** A port nothing listens on. */
function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

test("scripts/demo with nothing running starts the embedded stack and writes the kit", async () => {
  const run = await demo([BRIEF, "--url", `http://127.0.0.1:${freePort()}`]);
  try {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /started one in this process/);
    // The summary says what the domain checks established, plainly.
    assert.match(run.stdout, /^domains: (not checked: no registry answered|\d+ of \d+ domains)/m);
    const kit = run.stdout.match(/brand kit: (out\/[^/]+)\/brand-kit\.zip/)?.[1];
    assert.ok(kit, run.stdout);
    const zip = await Deno.stat(`${run.cwd}/${kit}/brand-kit.zip`);
    assert.ok(zip.size > 10_000);
    await Deno.stat(`${run.cwd}/${kit}/brand-guide.html`);
  } finally {
    await Deno.remove(run.cwd, { recursive: true });
  }
});

test("scripts/demo uses a running stack, and reports a quota refusal with its reset time", async () => {
  const database = await freshDatabase();
  const stack = await startLocalStack({
    env: { STORAGE_LOCAL_DIR: await Deno.makeTempDir({ prefix: "bpg-storage-" }) },
    port: 0,
    database,
    key: await localKey(),
    log: silentLogger,
  });
  const user = newUserId();
  const cwds: string[] = [];
  try {
    const ok = await demo([BRIEF, "--url", stack.url, "--user", user]);
    cwds.push(ok.cwd);
    assert.equal(ok.code, 0, ok.stderr);
    assert.doesNotMatch(ok.stdout, /started one/);
    const projects = await asAdmin(database.db, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from public.projects where owner_id = ${user}`,
      ));
    assert.equal(projects[0].n, 1, "the project was made by the running stack");

    await setPlan(database.db, user, 15, 100);
    const refused = await demo([BRIEF, "--url", stack.url, "--user", user]);
    cwds.push(refused.cwd);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /quota refused/);
    assert.match(refused.stderr, /daily window: 10 of 15 units used, 10 requested/);
    assert.match(refused.stderr, /resets at \d{4}-\d\d-\d\dT00:00:00\.000Z \(in \d+/);
    assert.doesNotMatch(refused.stderr, /Is the local stack running/);
  } finally {
    await stack.close();
    await database.close();
    for (const cwd of cwds) await Deno.remove(cwd, { recursive: true });
  }
});

test("a demo failure names the quota window and when it resets, or the API's error", () => {
  const now = new Date("2026-11-26T21:30:00Z");
  const quota = new DemoHttpError("starting the package", 429, {
    error: "quota_exceeded",
    message: "this needs 10 units and the daily quota has 0 left",
    details: {
      window: "day",
      limit: 40,
      used: 40,
      remaining: 0,
      resets_at: "2026-11-27T00:00:00.000Z",
      requested: 10,
    },
  });
  assert.equal(
    describeDemoFailure(quota, now),
    [
      "quota refused: this needs 10 units and the daily quota has 0 left.",
      "  daily window: 40 of 40 units used, 10 requested",
      "  resets at 2026-11-27T00:00:00.000Z (in 2 h 30 min)",
      "  Try again then, or run the demo as another user: --user <uuid>.",
    ].join("\n"),
  );
  assert.equal(
    describeDemoFailure(
      new DemoHttpError("creating the project", 400, {
        error: "validation_failed",
        message: "name: too long",
      }),
      now,
    ),
    "creating the project failed: 400 validation_failed: name: too long",
  );
  assert.equal(describeDemoFailure(new Error("boom"), now), "demo failed: boom");
});
