import assert from "node:assert/strict";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import {
  closedCircuit,
  DEFAULT_CIRCUIT,
  type HealthOutcome,
  recordOutcome,
} from "../shared/ai/circuit.ts";
import { circuitFromRow, PgAttemptSink, PgHealthStore } from "../shared/ai/pg_health.ts";
import { providerHealth } from "../drizzle/schema.ts";
import { eq } from "drizzle-orm";
import { silentLogger } from "../shared/log.ts";
import { dbTest, pgTest } from "./helpers/test.ts";
import { newUserId } from "./helpers/app.ts";
import { startAt } from "./helpers/lifecycle.ts";

const outcome: fc.Arbitrary<HealthOutcome> = fc.oneof(
  fc.constant({ type: "success" as const }),
  fc.constant({ type: "failure" as const }),
  fc.record({
    type: fc.constant("failure" as const),
    retryAfterMs: fc.integer({ min: 1_000, max: 900_000 }),
  }),
  fc.constant({ type: "fatal" as const }),
);

/** The SQL circuit and the TypeScript one agree on every state, for any outcome sequence. */
dbTest("provider_health RPC is the exact twin of circuit.ts", async ({ db }) => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(outcome, fc.integer({ min: 0, max: 120_000 }), fc.boolean()), {
        minLength: 1,
        maxLength: 30,
      }),
      async (steps) => {
        const key = `p:${crypto.randomUUID()}`;
        let now = Date.parse("2026-05-01T00:00:00Z");
        let model = closedCircuit(now);
        let first = true;
        for (const [o, gap, probe] of steps) {
          now += gap;
          if (probe && !first) {
            const claimed = await asAdmin(db, (tx) =>
              queryRows<{ r: boolean }>(
                tx,
                sql`select private.claim_provider_probe(${key}, 5000, ${
                  new Date(now).toISOString()
                }::timestamptz) as r`,
              ));
            const expected = model.status === "open" &&
              (model.openUntil === null || now >= model.openUntil) &&
              (model.probeLeaseUntil === null || now >= model.probeLeaseUntil);
            assert.equal(claimed[0].r, expected, "probe claim agrees");
            if (expected) model = { ...model, probeLeaseUntil: now + 5000 };
          }
          if (first) model = closedCircuit(now);
          first = false;
          model = recordOutcome(model, o, now, DEFAULT_CIRCUIT);
          await asAdmin(
            db,
            (tx) =>
              tx.execute(
                sql`select private.record_provider_outcome(${key}, ${JSON.stringify(o)}::jsonb,
              ${new Date(now).toISOString()}::timestamptz)`,
              ),
          );
          const [row] = await asAdmin(
            db,
            (tx) => tx.select().from(providerHealth).where(eq(providerHealth.key, key)),
          );
          assert.deepEqual(circuitFromRow(row), model);
        }
      },
    ),
    { numRuns: 60 },
  );
});

dbTest("PgHealthStore reads, records and claims like the pure circuit", async ({ db }) => {
  let now = new Date("2026-05-01T00:00:00Z");
  const store = new PgHealthStore(db, () => now);
  for (let i = 0; i < 3; i++) await store.record("openai:gpt", { type: "failure" });
  const open = await store.read(["openai:gpt", "anthropic:claude"]);
  assert.equal(open.get("openai:gpt")?.status, "open");
  assert.equal(open.has("anthropic:claude"), false);
  assert.equal(await store.claimProbe("openai:gpt", 5_000), false, "cooling down");
  now = new Date(now.getTime() + 30_001);
  assert.equal(await store.claimProbe("openai:gpt", 5_000), true);
  assert.equal(await store.claimProbe("openai:gpt", 5_000), false, "one probe at a time");
  await store.record("openai:gpt", { type: "success" });
  assert.equal((await store.read(["openai:gpt"])).get("openai:gpt")?.status, "closed");
});

dbTest("attempts are written in the background with the generation's owner", async ({ db }) => {
  const user = newUserId();
  const started = await startAt(db, user, new Date());
  assert.equal(started.outcome, "created");
  const id = started.outcome === "created" ? started.generation.id : "";
  const sink = new PgAttemptSink(db, silentLogger);
  for (const outcome of ["rate_limited", "ok"] as const) {
    sink.record({
      provider: "openai",
      model: "gpt-4o-mini",
      capability: "text",
      outcome,
      latencyMs: 12.4,
      tokens: { input: 100, output: 20 },
      cost: outcome === "ok" ? { state: "estimated", usd: 0.000027 } : { state: "unknown" },
      startedAt: new Date().toISOString(),
      generationId: id,
    });
  }
  await sink.drain();
  const rows = await asAdmin(
    db,
    (tx) =>
      queryRows<{ owner_id: string; outcome: string; cost_state: string; cost_usd: string | null }>(
        tx,
        sql`select owner_id, outcome, cost_state, cost_usd::text from public.ai_attempts where generation_id = ${id} order by started_at, outcome desc`,
      ),
  );
  assert.equal(rows.length, 2);
  assert.ok(rows.every((r) => r.owner_id === user));
  assert.deepEqual(rows.map((r) => r.cost_state).sort(), ["estimated", "unknown"]);
});

pgTest("of 50 concurrent callers exactly one claims the half-open probe", async ({ db }) => {
  const now = new Date("2026-05-01T00:00:00Z");
  const store = new PgHealthStore(db, () => now);
  await store.record("fal:recraft", { type: "fatal" });
  const later = new PgHealthStore(db, () => new Date(now.getTime() + 600_001));
  const claims = await Promise.all(
    Array.from({ length: 50 }, () => later.claimProbe("fal:recraft", 10_000)),
  );
  assert.equal(claims.filter(Boolean).length, 1);
});
