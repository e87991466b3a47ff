import assert from "node:assert/strict";
import { settleBackground } from "../shared/runtime/background.ts";
import { GenerationFailure } from "../shared/runtime/job.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { echoGenerationApp } from "./helpers/generate_app.ts";
import { ledgerState, setPlan, usedIn } from "./helpers/lifecycle.ts";
import { dbTest } from "./helpers/test.ts";

const today = () => new Date().toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

dbTest(
  "a generation that finishes within the budget answers 200 with the envelope",
  async (database) => {
    const deps = await testDeps(database);
    const call = client(
      echoGenerationApp(async (ctx) => {
        await ctx.progress("writing", 1, 1);
        return { echoed: ctx.input.text.toUpperCase() };
      }, { deps: async () => deps }),
      "generate-echo",
    );
    const user = newUserId();
    const res = await call("POST", "", { token: await tokenFor(user), body: { text: "hello" } });
    assert.equal(res.status, 200);
    assert.equal(res.json.status, "succeeded");
    assert.deepEqual(res.json.output, { echoed: "HELLO" });
    assert.deepEqual(res.json.input, { text: "hello" });
    assert.deepEqual(res.json.progress, { stage: "writing", completed: 1, total: 1 });
    assert.equal(res.json.usage.units, 1);
    assert.ok(res.json.finished_at);
    assert.equal(await ledgerState(deps.database.db, res.json.id), "committed");
  },
);

dbTest(
  "Prefer: respond-async and a slow generation both answer 202 with Location",
  async (database) => {
    const deps = await testDeps(database, { SYNC_BUDGET_MS: "50" });
    const app = echoGenerationApp(async () => {
      await sleep(300);
      return { done: true };
    }, { deps: async () => deps });
    const call = client(app, "generate-echo");
    const token = await tokenFor(newUserId());

    const asyncRes = await call("POST", "", {
      token,
      body: { text: "a" },
      headers: { prefer: "respond-async" },
    });
    assert.equal(asyncRes.status, 202);
    assert.equal(asyncRes.headers.get("location"), `/functions/v1/generations/${asyncRes.json.id}`);
    assert.equal(asyncRes.json.status, "queued");

    const slow = await call("POST", "", { token, body: { text: "b" } });
    assert.equal(slow.status, 202);
    await settleBackground();
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    for (const id of [asyncRes.json.id, slow.json.id]) {
      const got = await gens("GET", `/${id}`, { token });
      assert.equal(got.json.status, "succeeded");
      assert.deepEqual(got.json.output, { done: true });
    }
  },
);

dbTest("a failed generation answers 502, stores a clean error and refunds", async (database) => {
  const deps = await testDeps(database);
  const token = await tokenFor(newUserId());
  const call = client(
    echoGenerationApp(() => Promise.reject(new Error("OPENAI_API_KEY=sk-live-123 rejected")), {
      deps: async () => deps,
    }),
    "generate-echo",
  );
  const res = await call("POST", "", { token, body: { text: "x" } });
  assert.equal(res.status, 502);
  assert.equal(res.json.error, "generation_failed");
  assert.ok(!res.text.includes("sk-live"), "the raw error never reaches the client");
  assert.equal(res.json.details.generation.status, "failed");
  assert.equal(await ledgerState(deps.database.db, res.json.details.generation_id), "refunded");

  const providers = client(
    echoGenerationApp(
      () => Promise.reject(new GenerationFailure("provider_unavailable", "no provider answered")),
      {
        deps: async () => deps,
      },
    ),
    "generate-echo",
  );
  const unavailable = await providers("POST", "", { token, body: { text: "y" } });
  assert.equal(unavailable.status, 502);
  assert.equal(unavailable.json.error, "provider_unavailable");
});

dbTest(
  "Idempotency-Key over HTTP: replay, 422 for another body, 409 while running, 400 when malformed",
  async (database) => {
    const deps = await testDeps(database, { SYNC_BUDGET_MS: "20" });
    let release!: () => void;
    const gate = new Promise<void>((r) => release = r);
    let runs = 0;
    const call = client(
      echoGenerationApp(async (ctx) => {
        runs++;
        if (ctx.input.text === "slow") await gate;
        return { n: runs };
      }, { deps: async () => deps }),
      "generate-echo",
    );
    const user = newUserId();
    const token = await tokenFor(user);
    const headers = { "idempotency-key": "order-42" };

    const first = await call("POST", "", { token, body: { text: "slow" }, headers });
    assert.equal(first.status, 202);
    const busy = await call("POST", "", { token, body: { text: "slow" }, headers });
    assert.equal(busy.status, 409);
    assert.equal(busy.json.error, "idempotency_in_flight");
    assert.equal(busy.headers.get("retry-after"), "2");
    release();
    await settleBackground();

    const replay = await call("POST", "", { token, body: { text: "slow" }, headers });
    assert.equal(replay.status, 200);
    assert.equal(replay.json.id, first.json.id);
    assert.equal(replay.headers.get("idempotent-replayed"), "true");
    assert.equal(runs, 1, "the work ran once");
    assert.equal(await usedIn(deps.database.db, user, "day", today()), 1, "charged once");

    const reused = await call("POST", "", { token, body: { text: "other" }, headers });
    assert.equal(reused.status, 422);
    assert.equal(reused.json.error, "idempotency_key_reused");

    const bad = await call("POST", "", {
      token,
      body: { text: "x" },
      headers: { "idempotency-key": "x".repeat(256) },
    });
    assert.equal(bad.status, 400);
    assert.ok(bad.json.details.fields["header.idempotency-key"]);
  },
);

dbTest(
  "over quota: 429 with window details and Retry-After, nothing created or charged",
  async (database) => {
    const deps = await testDeps(database);
    const user = newUserId();
    await setPlan(deps.database.db, user, 5, 100);
    const token = await tokenFor(user);
    const call = client(
      echoGenerationApp(() => Promise.resolve({}), { deps: async () => deps, kind: "logos" }),
      "generate-echo",
    );
    assert.equal((await call("POST", "", { token, body: { text: "1" } })).status, 200);
    const res = await call("POST", "", { token, body: { text: "2" } });
    assert.equal(res.status, 429);
    assert.equal(res.json.error, "quota_exceeded");
    assert.deepEqual(Object.keys(res.json.details).sort(), [
      "limit",
      "remaining",
      "requested",
      "resets_at",
      "used",
      "window",
    ]);
    assert.equal(res.json.details.window, "day");
    assert.equal(res.json.details.remaining, 1);
    const retry = Number(res.headers.get("retry-after"));
    assert.ok(retry >= 1 && retry <= 86_400);
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    assert.equal((await gens("GET", "", { token })).json.items.length, 1);
    assert.equal(await usedIn(deps.database.db, user, "day", today()), 4);
  },
);

dbTest(
  "bad input and someone else's project are refused before anything is charged",
  async (database) => {
    const deps = await testDeps(database);
    const alice = await tokenFor(newUserId());
    const bobId = newUserId();
    const bob = await tokenFor(bobId);
    const projects = client(createProjectsApp({ deps: async () => deps }), "projects");
    const { json: project } = await projects("POST", "", { token: alice, body: { name: "A" } });
    const call = client(
      echoGenerationApp(() => Promise.resolve({}), { deps: async () => deps }),
      "generate-echo",
    );

    const invalid = await call("POST", "", { token: bob, body: { text: "" } });
    assert.equal(invalid.status, 400);
    const wrongType = await call("POST", "", { token: bob, body: { text: 42 } });
    assert.equal(wrongType.status, 400);
    const foreign = await call("POST", "", {
      token: bob,
      body: { text: "x", project_id: project.id },
    });
    assert.equal(foreign.status, 404);
    assert.equal(await usedIn(deps.database.db, bobId, "day", today()), 0);
  },
);
