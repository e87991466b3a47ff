import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asUser } from "../shared/db/scope.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { createAccountApp } from "../supabase/functions/account/app.ts";
import { createCronApp } from "../supabase/functions/cron/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { echoGenerationApp } from "./helpers/generate_app.ts";
import { ledgerState, usedIn } from "./helpers/lifecycle.ts";
import { dbTest } from "./helpers/test.ts";

const today = () => new Date().toISOString().slice(0, 10);

dbTest(
  "generations: get, list with filters and pages, cancel refunds a running one",
  async (database) => {
    const deps = await testDeps(database);
    let release!: () => void;
    const gate = new Promise<void>((r) => release = r);
    const echo = client(
      echoGenerationApp(async (ctx) => {
        if (ctx.input.text === "wait") {
          await Promise.race([gate, new Promise((r) => ctx.signal.addEventListener("abort", r))]);
        }
        return { text: ctx.input.text };
      }, { deps: async () => deps }),
      "generate-echo",
    );
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    const userId = newUserId();
    const token = await tokenFor(userId);

    const ids: string[] = [];
    for (const text of ["a", "b", "c"]) {
      ids.push(
        (await echo("POST", "", { token, body: { text } })).json.id,
      );
    }
    const got = await gens("GET", `/${ids[0]}`, { token });
    assert.equal(got.status, 200);
    assert.equal(got.json.kind, "names");

    const pageOne = await gens("GET", "?limit=2", { token });
    assert.deepEqual(pageOne.json.items.map((g: { id: string }) => g.id), [ids[2], ids[1]]);
    const pageTwo = await gens("GET", `?limit=2&cursor=${pageOne.json.next_cursor}`, { token });
    assert.deepEqual(pageTwo.json.items.map((g: { id: string }) => g.id), [ids[0]]);
    assert.equal(pageTwo.json.next_cursor, null);
    assert.equal((await gens("GET", "?kind=logos", { token })).json.items.length, 0);
    assert.equal((await gens("GET", "?status=succeeded", { token })).json.items.length, 3);
    assert.equal((await gens("GET", "?kind=poems", { token })).status, 400);

    const running = await echo("POST", "", {
      token,
      body: { text: "wait" },
      headers: { prefer: "respond-async" },
    });
    const canceled = await gens("POST", `/${running.json.id}/cancel`, { token });
    assert.equal(canceled.status, 200);
    assert.equal(canceled.json.status, "canceled");
    release();
    await settleBackground();
    assert.equal(
      (await gens("GET", `/${running.json.id}`, { token })).json.status,
      "canceled",
      "stays canceled",
    );
    assert.equal(await ledgerState(deps.database.db, running.json.id), "refunded");
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 3);

    const again = await gens("POST", `/${ids[0]}/cancel`, { token });
    assert.equal(again.json.status, "succeeded", "a finished generation is not canceled");
  },
);

dbTest(
  "another user's generations do not exist for you, through any function or table",
  async (database) => {
    const deps = await testDeps(database);
    const echo = client(
      echoGenerationApp(() => Promise.resolve({ secret: 1 }), { deps: async () => deps }),
      "generate-echo",
    );
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    const alice = await tokenFor(newUserId());
    const bobId = newUserId();
    const bob = await tokenFor(bobId);
    const { json: gen } = await echo("POST", "", { token: alice, body: { text: "mine" } });

    assert.equal((await gens("GET", `/${gen.id}`, { token: bob })).status, 404);
    assert.equal((await gens("POST", `/${gen.id}/cancel`, { token: bob })).status, 404);
    assert.deepEqual((await gens("GET", "", { token: bob })).json.items, []);

    const bobUser = { id: bobId, claims: { sub: bobId, role: "authenticated" as const } };
    for (const table of ["generations", "quota_ledger", "quota_counters"]) {
      const rows = await asUser(
        deps.database.db,
        bobUser,
        (tx) =>
          queryRows(tx, sql`select * from ${sql.identifier("public")}.${sql.identifier(table)}`),
      );
      assert.deepEqual(rows, [], `${table} shows nothing of alice's`);
    }
    for (
      const write of [
        sql`update public.generations set status = 'succeeded'`,
        sql`update public.quota_counters set used = 0`,
        sql`insert into public.quota_ledger (generation_id, owner_id, units, day_start, month_start) values (${gen.id}, ${bobId}, 1, now(), now())`,
        sql`select private.finish_generation(${gen.id}::uuid, gen_random_uuid(), '{}'::jsonb, now())`,
        sql`select private.start_generation(${bobId}::uuid, 'names', '{}'::jsonb, 'h', null, null, null, now() - interval '40 days')`,
      ]
    ) {
      await assert.rejects(
        asUser(deps.database.db, bobUser, (tx) => tx.execute(write)),
        (err: Error) =>
          /permission denied/.test(String((err.cause as Error)?.message ?? err.message)),
      );
    }
    // The lifecycle RPCs are not for users at all, not even on their own generations.
    for (
      const rpc of [
        sql`select private.cancel_generation(${bobId}::uuid, ${gen.id}::uuid, now())`,
        sql`select private.account_usage(${bobId}::uuid, now())`,
      ]
    ) {
      await assert.rejects(
        asUser(deps.database.db, bobUser, (tx) => tx.execute(rpc)),
        (err: Error) =>
          /permission denied/.test(String((err.cause as Error)?.message ?? err.message)),
      );
    }
    assert.equal((await gens("GET", `/${gen.id}`, { token: alice })).json.status, "succeeded");
  },
);

dbTest("account shows the plan and both windows, created on first use", async (database) => {
  const deps = await testDeps(database);
  const account = client(createAccountApp({ deps: async () => deps }), "account");
  const echo = client(
    echoGenerationApp(() => Promise.resolve({}), { deps: async () => deps, kind: "logos" }),
    "generate-echo",
  );
  const token = await tokenFor(newUserId());

  const fresh = await account("GET", "", { token });
  assert.equal(fresh.status, 200);
  assert.equal(fresh.json.plan, "free");
  assert.deepEqual(
    fresh.json.windows.map((w: { window: string; used: number }) => [w.window, w.used]),
    [["day", 0], ["month", 0]],
  );
  await echo("POST", "", { token, body: { text: "x" } });
  const after = await account("GET", "", { token });
  const day = after.json.windows[0];
  assert.equal(day.used, 4);
  assert.equal(day.remaining, day.limit - 4);
  assert.ok(Date.parse(day.resets_at) > Date.now());
  assert.equal((await account("GET", "")).status, 401);
});

dbTest("cron: secret required; sweep and purge run", async (database) => {
  const secret = "cron-secret-for-tests-0123456789";
  const deps = await testDeps(database, { CRON_SECRET: secret, QUEUED_TIMEOUT_MS: "10000" });
  const cron = client(createCronApp({ deps: async () => deps }), "cron");
  assert.equal((await cron("POST", "/sweep-generations")).status, 401);
  assert.equal(
    (await cron("POST", "/sweep-generations", { headers: { "x-cron-secret": "wrong" } })).status,
    401,
  );
  const user = await tokenFor(newUserId());
  assert.equal(
    (await cron("POST", "/sweep-generations", { token: user })).status,
    401,
    "a user token is not the secret",
  );
  const swept = await cron("POST", "/sweep-generations", { headers: { "x-cron-secret": secret } });
  assert.equal(swept.status, 200);
  assert.equal(typeof swept.json.swept, "number");
  const purged = await cron("POST", "/purge-expired", { headers: { "x-cron-secret": secret } });
  assert.equal(purged.status, 200);
  assert.equal(typeof purged.json.idempotency_keys, "number");

  const unset = await testDeps(database);
  const closed = client(createCronApp({ deps: async () => unset }), "cron");
  assert.equal(
    (await closed("POST", "/sweep-generations", { headers: { "x-cron-secret": secret } })).status,
    401,
  );
});
