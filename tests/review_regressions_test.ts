/** Regression tests for the bugs an independent review found (security and lifecycle). */
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin, asUser } from "../shared/db/scope.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { claimGeneration, saveCheckpoint, startStage } from "../shared/generation/lifecycle.ts";
import { executeGeneration } from "../shared/generation/runner.ts";
import { LogosInputSchema } from "../shared/logos/schema.ts";
import type { AssetStorage } from "../shared/storage/types.ts";
import { createCronApp } from "../supabase/functions/cron/app.ts";
import { createGenerateLogosApp } from "../supabase/functions/generate-logos/app.ts";
import { createGenerateNamesApp } from "../supabase/functions/generate-names/app.ts";
import { createGeneratePackageApp } from "../supabase/functions/generate-package/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor, withStorage } from "./helpers/app.ts";
import { at, ledgerState, startAt, usedIn } from "./helpers/lifecycle.ts";
import { startFalFake } from "./fakes/fal_server.ts";
import { rawRequest } from "./helpers/raw_http.ts";
import { dbTest } from "./helpers/test.ts";

const brief = { description: "Solar-powered lanterns for hikers who travel light" };
const today = () => new Date().toISOString().slice(0, 10);
const OFFLINE_RDAP = { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" };
const asMember = (id: string) => ({ id, claims: { sub: id, role: "authenticated" as const } });

/** Storage whose writes wait for `release()`: work is held mid-flight. */
function gatedStorage(storage: AssetStorage) {
  let release!: () => void;
  const gate = new Promise<void>((r) => release = r);
  const guard = setTimeout(() => release(), 20_000);
  return {
    storage: {
      ...storage,
      put: async (p: string, b: Uint8Array, t: string) => (await gate, storage.put(p, b, t)),
    },
    release: () => (release(), clearTimeout(guard)),
  };
}

async function waitFor(check: () => Promise<boolean>) {
  for (let i = 0; i < 400 && !await check(); i++) await new Promise((r) => setTimeout(r, 25));
}

dbTest(
  "canceling a running stage is refused with 409 naming its package, which goes on and pays its 10 units",
  async (database) => {
    const deps = await testDeps(database, OFFLINE_RDAP);
    const userId = newUserId();
    const token = await tokenFor(userId);
    const held = gatedStorage(deps.storage);
    const pkg = client(
      createGeneratePackageApp({ deps: async () => withStorage(deps, held.storage) }),
      "generate-package",
    );
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    const res = await pkg("POST", "", { token, body: { brief, name: "Lumen", logo_count: 1 } });
    let logosId = "";
    await waitFor(async () => {
      const kids =
        (await gens("GET", `?parent_id=${res.json.id}&kind=logos`, { token })).json.items;
      logosId = kids[0]?.id ?? "";
      return logosId !== "";
    });
    // Over a real port, as curl sends it: a POST with no body and no Content-Length.
    const server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen: () => {} },
      createGenerationsApp({ deps: async () => deps }).fetch,
    );
    const canceled = await rawRequest(`http://127.0.0.1:${server.addr.port}`, {
      method: "POST",
      path: `/generations/${logosId}/cancel`,
      headers: { authorization: `Bearer ${token}` },
    }).finally(() => server.shutdown());
    assert.equal(canceled.status, 409);
    assert.equal(canceled.json.error, "stage_of_package");
    assert.deepEqual(canceled.json.details, { parent_id: res.json.id });
    assert.equal(
      (await gens("GET", `/${logosId}`, { token })).json.status,
      "running",
      "a stage is canceled with its package only",
    );
    held.release();
    await settleBackground();
    assert.equal((await gens("GET", `/${res.json.id}`, { token })).json.status, "succeeded");
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 10);
  },
);

dbTest("a canceled generation keeps nothing it stored and is refunded", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const token = await tokenFor(userId);
  const held = gatedStorage(deps.storage);
  const logos = client(
    createGenerateLogosApp({ deps: async () => withStorage(deps, held.storage) }),
    "generate-logos",
  );
  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  const res = await logos("POST", "", {
    token,
    body: { brand_name: "Lumen", brief, count: 4 },
    headers: { prefer: "respond-async" },
  });
  await waitFor(async () =>
    (await gens("GET", `/${res.json.id}`, { token })).json.status === "running"
  );
  await gens("POST", `/${res.json.id}/cancel`, { token });
  held.release();
  await settleBackground();
  const assets = await asUser(
    deps.database.db,
    asMember(userId),
    (tx) => queryRows(tx, sql`select id from public.assets where generation_id = ${res.json.id}`),
  );
  assert.deepEqual(assets, [], "no asset of a canceled generation remains");
  assert.equal((await gens("GET", `/${res.json.id}`, { token })).json.output, null);
  assert.equal(await usedIn(deps.database.db, userId, "day", today()), 0);
});

dbTest(
  "nobody starts a stage without a running package, or an oversized generation",
  async ({ db }) => {
    const user = asMember(newUserId());
    const parent = await startAt(db, user.id, new Date(), { kind: "package" });
    const parentId = parent.outcome === "created" ? parent.generation.id : "";
    const huge = JSON.stringify({ blob: "x".repeat(70_000) });
    await assert.rejects(
      asAdmin(db, (tx) =>
        tx.execute(
          sql`select private.start_generation(${user.id}::uuid, 'names', ${huge}::jsonb, 'h', null, null, null, now())`,
        )),
      (err: Error) => /64 KiB/.test(String((err.cause as Error)?.message ?? err.message)),
    );
    // Nor can a stage start under a package that is not running.
    await asAdmin(db, (tx) =>
      tx.execute(
        sql`select private.cancel_generation(${user.id}::uuid, ${parentId}::uuid, now())`,
      ));
    await assert.rejects(
      startStage(db, user.id, parentId, { kind: "names", input: {}, requestHash: "x" }, new Date()),
    );
  },
);

dbTest("a canceled package keeps each finished stage kind once", async ({ db }) => {
  const user = newUserId();
  const started = await startAt(db, user, at("2026-02-02T10:00:00Z"), { kind: "package" });
  const id = started.outcome === "created" ? started.generation.id : "";
  await claimGeneration(db, id, 60_000, at("2026-02-02T10:00:00Z"));
  for (const kind of ["names", "logos", "logos"] as const) {
    const child = await startStage(db, user, id, {
      kind,
      input: { kind },
      requestHash: crypto.randomUUID(),
    }, at("2026-02-02T10:00:01Z"));
    const childId = child.outcome === "created" ? child.generation.id : "";
    await asAdmin(
      db,
      (tx) =>
        tx.execute(sql`update public.generations set status = 'succeeded' where id = ${childId}`),
    );
  }
  await asAdmin(
    db,
    (tx) =>
      tx.execute(
        sql`select private.cancel_generation(${user}::uuid, ${id}::uuid, '2026-02-02T10:00:02Z')`,
      ),
  );
  assert.equal(await usedIn(db, user, "day", "2026-02-02"), 5, "names 1 + logos 4, not 9");
  assert.equal(await ledgerState(db, id), "committed");
});

dbTest("pagination does not skip generations created within one millisecond", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const now = new Date("2026-03-03T03:03:03.123Z");
  for (let i = 0; i < 3; i++) {
    await startAt(deps.database.db, userId, new Date(now.getTime() + 0.4 * i), { input: { i } });
  }
  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  const token = await tokenFor(userId);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { json: { items: { id: string }[]; next_cursor: string | null } } = await gens(
      "GET",
      `?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      { token },
    );
    seen.push(...page.json.items.map((g) => g.id));
    cursor = page.json.next_cursor;
  } while (cursor);
  assert.equal(new Set(seen).size, 3);
});

dbTest(
  "odd cursors and ill-formed Unicode are 400s, not 500s, and charge nothing",
  async (database) => {
    const deps = await testDeps(database);
    const userId = newUserId();
    const token = await tokenFor(userId);
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    for (
      const cursor of [
        ["+010000-01-01T00:00:00.000Z", crypto.randomUUID()],
        ["0000-01-01T00:00:00.000Z", crypto.randomUUID()],
        ["2026-01-01T00:00:00.000Z", "-".repeat(36)],
      ]
    ) {
      const raw = btoa(JSON.stringify(cursor)).replaceAll("=", "");
      assert.equal(
        (await gens("GET", `?cursor=${raw}`, { token })).status,
        400,
        JSON.stringify(cursor),
      );
    }
    const names = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
    const res = await names("POST", "", {
      token,
      rawBody: '{"brief":{"description":"lanterns for \\ud800 hikers"}}',
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.status, 400);
    assert.equal(res.json.error, "invalid_json");
    const nul = await names("POST", "", {
      token,
      body: { brief: { description: "lanterns for \u0000 hikers" } },
    });
    assert.equal(nul.status, 400);
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 0);
  },
);

dbTest("deleting a user deletes every row they owned", async (database) => {
  const deps = await testDeps(database, OFFLINE_RDAP);
  const userId = newUserId();
  const token = await tokenFor(userId);
  await client(createGenerateLogosApp({ deps: async () => deps }), "generate-logos")("POST", "", {
    token,
    body: { brand_name: "Gone", brief, count: 1 },
  });
  await database.db.execute(sql`insert into auth.users (id) values (${userId})`);
  await database.db.execute(sql`delete from auth.users where id = ${userId}`);
  const [left] = await asAdmin(deps.database.db, (tx) =>
    queryRows<{ n: number }>(
      tx,
      sql`select (select count(*) from public.generations where owner_id = ${userId})
        + (select count(*) from public.assets where owner_id = ${userId})
        + (select count(*) from public.quota_ledger where owner_id = ${userId})
        + (select count(*) from public.quota_counters where owner_id = ${userId})
        + (select count(*) from public.profiles where id = ${userId}) as n`,
    ));
  assert.equal(Number(left.n), 0);
});

dbTest(
  "a package resumed by the sweeper reuses the fal jobs its logos stage already paid for",
  async (database) => {
    const fal = startFalFake();
    try {
      const secret = "cron-secret-for-tests-0123456789";
      const deps = await testDeps(database, {
        ...OFFLINE_RDAP,
        CRON_SECRET: secret,
        FAL_KEY: "fal-test",
        FAL_BASE_URL: fal.url,
        AI_IMAGE_CHAIN: "fal:fal-ai/recraft-v3",
      });
      const db = deps.database.db;
      const user = asMember(newUserId());
      const input = {
        brief,
        name: "Lumen",
        tlds: ["com"],
        logo_style: "minimal",
        name_count: 3,
        logo_count: 1,
        tagline_count: 2,
      };
      const pkg = await startAt(db, user.id, new Date(), { kind: "package", input });
      const pkgId = pkg.outcome === "created" ? pkg.generation.id : "";
      // The first worker started the logos stage, which submitted (paid for) a fal job, then died.
      const pkgToken = (await claimGeneration(db, pkgId, 60_000, new Date()))!;
      const logosInput = LogosInputSchema.parse({ brand_name: "Lumen", brief, count: 1 });
      const old = await startStage(db, user.id, pkgId, {
        kind: "logos",
        input: logosInput,
        requestHash: "old",
      }, new Date());
      const oldId = old.outcome === "created" ? old.generation.id : "";
      const oldToken = (await claimGeneration(db, oldId, 60_000, new Date()))!;
      const paidJob = crypto.randomUUID();
      fal.jobs.set(paidJob, {
        id: paidJob,
        app: "fal-ai/recraft-v3",
        input: { style: "vector_illustration" },
        polls: 5,
      });
      await saveCheckpoint(db, oldId, oldToken, {
        jobs: [{ provider: "fal", model: "fal-ai/recraft-v3", requestId: paidJob, index: 0 }],
      });
      await saveCheckpoint(db, pkgId, pkgToken, {
        name: "Lumen",
        stages: {},
        running: { logos: oldId },
      });
      await asAdmin(db, (tx) =>
        tx.execute(
          sql`update public.generations set lease_expires_at = now() - interval '1 minute' where id in (${pkgId}, ${oldId})`,
        ));

      const cron = client(
        createCronApp({ deps: async () => deps }),
        "cron",
      );
      assert.deepEqual(
        (await cron("POST", "/sweep-generations", { headers: { "x-cron-secret": secret } })).json
          .resumed,
        [pkgId],
      );
      await settleBackground();
      const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
      const done = await gens("GET", `/${pkgId}`, { token: await tokenFor(user.id) });
      assert.equal(done.json.status, "succeeded");
      assert.equal(done.json.output.logos[0].provider, "fal");
      assert.equal(
        fal.requests.filter((r) => r.method === "POST").length,
        0,
        "nothing was submitted (paid) again",
      );
    } finally {
      await fal.close();
    }
  },
);

dbTest(
  "one failed heartbeat does not fail the generation or block the next heartbeats",
  async (database) => {
    const deps = await testDeps(database, { GENERATION_LEASE_MS: "1000" });
    const userId = newUserId();
    const started = await startAt(deps.database.db, userId, new Date());
    const record = started.outcome === "created" ? started.generation : undefined!;
    // The database refuses one transaction: the timer's first beat (at ~333 ms; the claim
    // was the first transaction).
    let calls = 0;
    const db = deps.database.db;
    // Transactions run through `pipelined` on PostgreSQL and `transaction` on PGlite.
    const flaky = new Proxy(db, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== "transaction" && prop !== "pipelined") return value;
        return (...args: unknown[]) =>
          ++calls === 2
            ? Promise.reject(new Error("connection reset"))
            : (value as (...a: unknown[]) => unknown).apply(receiver, args);
      },
    });
    await executeGeneration(
      { ...deps, database: { ...deps.database, db: flaky } },
      record,
      asMember(userId),
      async (ctx) => {
        await new Promise((r) => setTimeout(r, 800));
        await ctx.progress("writing", 1, 1);
        return { ok: true };
      },
    );
    assert.ok(calls >= 4, "claim, the failed beat, the progress beat and the finish all ran");
    const [row] = await asAdmin(
      deps.database.db,
      (tx) =>
        queryRows<{ status: string; progress: unknown; error: unknown }>(
          tx,
          sql`select status::text, progress, error from public.generations where id = ${record.id}`,
        ),
    );
    assert.equal(row.status, "succeeded");
    assert.deepEqual(row.progress, { stage: "writing", completed: 1, total: 1 });
  },
);
