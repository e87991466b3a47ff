import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import {
  claimGeneration,
  failGeneration,
  finishGeneration,
  heartbeatGeneration,
  purgeExpired,
  sweepGenerations,
} from "../shared/generation/lifecycle.ts";
import { newUserId } from "./helpers/app.ts";
import {
  at,
  ledgerHeld,
  ledgerState,
  setPlan,
  startAt,
  statusOf,
  usedIn,
} from "./helpers/lifecycle.ts";
import { dbTest, pgTest } from "./helpers/test.ts";

const T = at("2026-03-31T23:59:00Z");
const created = (r: { outcome: string; generation?: { id: string } }) => {
  assert.equal(r.outcome, "created");
  return r.generation!.id;
};

dbTest("units per kind come from the database, not the caller", async ({ db }) => {
  const user = newUserId();
  const names = await startAt(db, user, T, { kind: "names" });
  const logos = await startAt(db, user, T, { kind: "logos" });
  const pkg = await startAt(db, user, T, { kind: "package" });
  assert.deepEqual(
    [names, logos, pkg].map((r) => r.outcome === "created" ? r.generation.units : -1),
    [1, 4, 10],
  );
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 15);
});

dbTest("day and month windows roll over in UTC, with injected time", async ({ db }) => {
  const user = newUserId();
  await setPlan(db, user, 2, 3);
  created(await startAt(db, user, at("2026-03-31T10:00:00Z")));
  created(await startAt(db, user, at("2026-03-31T23:59:59Z")));
  const denied = await startAt(db, user, at("2026-03-31T23:59:59.5Z"));
  assert.equal(denied.outcome, "quota_exceeded");
  assert.equal(denied.outcome === "quota_exceeded" && denied.quota.window, "day");
  assert.equal(
    denied.outcome === "quota_exceeded" && denied.quota.resets_at.slice(0, 19),
    "2026-04-01T00:00:00",
  );

  // New day and new month: both windows are fresh.
  created(await startAt(db, user, at("2026-04-01T00:00:00Z")));
  created(await startAt(db, user, at("2026-04-01T08:00:00Z")));
  // New day, same month: the month (3) is the limit now.
  created(await startAt(db, user, at("2026-04-02T08:00:00Z")));
  const month = await startAt(db, user, at("2026-04-03T08:00:00Z"));
  assert.equal(month.outcome, "quota_exceeded");
  if (month.outcome === "quota_exceeded") {
    assert.equal(month.quota.window, "month");
    assert.equal(month.quota.remaining, 0);
    assert.equal(month.quota.resets_at.slice(0, 10), "2026-05-01");
  }
  assert.equal(await usedIn(db, user, "day", "2026-04-03"), 0, "a denied start changes nothing");
  assert.equal(await usedIn(db, user, "month", "2026-04-01"), 3);
  assert.equal(await ledgerHeld(db, user, "month", "2026-04-01"), 3);
});

dbTest("a start that fits the day but not the month reserves nothing anywhere", async ({ db }) => {
  const user = newUserId();
  await setPlan(db, user, 100, 5);
  created(await startAt(db, user, T, { kind: "logos" }));
  const r = await startAt(db, user, T, { kind: "logos" });
  assert.equal(r.outcome, "quota_exceeded");
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 4);
  assert.equal(await usedIn(db, user, "month", "2026-03-01"), 4);
  const [{ n }] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from public.generations where owner_id = ${user}`,
      ),
  );
  assert.equal(n, 1, "no generation row for the denied start");
});

dbTest("finish commits; fail and cancel refund exactly once", async ({ db }) => {
  const user = newUserId();
  const ok = created(await startAt(db, user, T, { kind: "logos" }));
  const bad = created(await startAt(db, user, T, { kind: "logos" }));
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 8);

  const t1 = (await claimGeneration(db, ok, 30_000, T))!;
  assert.ok(await finishGeneration(db, ok, t1, { names: [] }, T));
  assert.equal(await ledgerState(db, ok), "committed");

  const t2 = (await claimGeneration(db, bad, 30_000, T))!;
  assert.ok(await failGeneration(db, bad, t2, { code: "generation_failed", message: "x" }, T));
  assert.equal(
    await failGeneration(db, bad, t2, { code: "generation_failed", message: "x" }, T),
    false,
  );
  assert.equal(await ledgerState(db, bad), "refunded");
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 4, "refunded once, not twice");
  assert.equal(await ledgerHeld(db, user, "day", "2026-03-31"), 4);
});

dbTest("illegal transitions change nothing", async ({ db }) => {
  const user = newUserId();
  const id = created(await startAt(db, user, T));
  assert.equal(
    await finishGeneration(db, id, crypto.randomUUID(), {}, T),
    false,
    "queued → succeeded",
  );
  const token = (await claimGeneration(db, id, 30_000, T))!;
  assert.equal(await claimGeneration(db, id, 30_000, T), null, "a live lease cannot be taken");
  assert.ok(await finishGeneration(db, id, token, { ok: 1 }, T));
  assert.equal(
    await claimGeneration(db, id, 30_000, at("2026-04-02T00:00:00Z")),
    null,
    "succeeded → running",
  );
  assert.equal(
    await failGeneration(db, id, token, { code: "x", message: "x" }, T),
    false,
    "succeeded → failed",
  );
  assert.equal(await failGeneration(db, id, null, { code: "x", message: "x" }, T), false);
  assert.equal(await statusOf(db, id), "succeeded");
  assert.equal(await ledgerState(db, id), "committed");
});

dbTest(
  "the sweeper fails and refunds expired leases and abandoned queues, and nothing else",
  async ({ db }) => {
    const user = newUserId();
    const expired = created(await startAt(db, user, T));
    const live = created(await startAt(db, user, T));
    const abandoned = created(await startAt(db, user, at("2026-03-31T23:00:00Z")));
    const staleToken = (await claimGeneration(db, expired, 1_000, T))!;
    const liveToken = (await claimGeneration(db, live, 600_000, T))!;

    const later = at("2026-03-31T23:59:30Z");
    assert.equal(await sweepGenerations(db, later, 300_000), 2);
    assert.equal(await statusOf(db, expired), "failed");
    assert.equal(await statusOf(db, abandoned), "failed");
    assert.equal(await statusOf(db, live), "running");
    assert.equal(await ledgerState(db, expired), "refunded");
    assert.equal(await ledgerState(db, live), "reserved");

    // The worker that lost its lease comes back: nothing it does counts.
    assert.equal(await heartbeatGeneration(db, expired, staleToken, 30_000, null, later), false);
    assert.equal(await finishGeneration(db, expired, staleToken, { late: true }, later), false);
    assert.equal(
      await failGeneration(db, expired, staleToken, { code: "x", message: "x" }, later),
      false,
    );
    assert.equal(await sweepGenerations(db, later, 300_000), 0, "a second sweep finds nothing");
    assert.equal(
      await usedIn(db, user, "day", "2026-03-31"),
      1,
      "only the live generation holds units",
    );
    assert.ok(
      await heartbeatGeneration(
        db,
        live,
        liveToken,
        30_000,
        { stage: "x", completed: 1, total: 2 },
        later,
      ),
    );
  },
);

dbTest("idempotency keys: replay, reuse with another body, in flight, expiry", async ({ db }) => {
  const user = newUserId();
  const first = await startAt(db, user, T, { key: "k1", hash: "a" });
  const id = created(first);
  const inFlight = await startAt(db, user, T, { key: "k1", hash: "a" });
  assert.equal(inFlight.outcome, "in_flight");
  const token = (await claimGeneration(db, id, 30_000, T))!;
  await finishGeneration(db, id, token, { ok: true }, T);
  const replay = await startAt(db, user, T, { key: "k1", hash: "a" });
  assert.equal(replay.outcome, "replayed");
  assert.equal(replay.outcome === "replayed" && replay.generation.id, id);
  assert.equal((await startAt(db, user, T, { key: "k1", hash: "b" })).outcome, "key_reused");
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 1, "one charge");

  const other = newUserId();
  created(await startAt(db, other, T, { key: "k1", hash: "a" }));

  const dayLater = at("2026-04-01T23:59:01Z");
  const fresh = await startAt(db, user, dayLater, { key: "k1", hash: "b" });
  assert.notEqual(created(fresh), id, "an expired key starts a new generation");
  const purged = await purgeExpired(db, at("2026-04-03T00:00:00Z"));
  assert.ok(purged.idempotency_keys >= 1);
});

pgTest("100 concurrent starts against a limit of 10 create exactly 10", async ({ db }) => {
  const user = newUserId();
  await setPlan(db, user, 10, 1000);
  const results = await Promise.all(Array.from({ length: 100 }, () => startAt(db, user, T)));
  assert.equal(results.filter((r) => r.outcome === "created").length, 10);
  assert.equal(results.filter((r) => r.outcome === "quota_exceeded").length, 90);
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 10);
  assert.equal(await ledgerHeld(db, user, "day", "2026-03-31"), 10);
});

pgTest("concurrent starts respect the tighter of two windows", async ({ db }) => {
  const user = newUserId();
  await setPlan(db, user, 50, 7);
  const results = await Promise.all(Array.from({ length: 60 }, () => startAt(db, user, T)));
  assert.equal(results.filter((r) => r.outcome === "created").length, 7);
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 7);
  assert.equal(await usedIn(db, user, "month", "2026-03-01"), 7);
  assert.equal(await ledgerHeld(db, user, "month", "2026-03-01"), 7);
});

pgTest("20 concurrent requests with one key create one generation", async ({ db }) => {
  const user = newUserId();
  const results = await Promise.all(
    Array.from({ length: 20 }, () => startAt(db, user, T, { key: "same", hash: "x" })),
  );
  const ids = new Set(results.map((r) => "generation" in r ? r.generation.id : "none"));
  assert.equal(results.filter((r) => r.outcome === "created").length, 1);
  assert.ok(results.every((r) => r.outcome === "created" || r.outcome === "in_flight"));
  assert.equal(ids.size, 1);
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 1);
});

pgTest("concurrent fails and cancels refund exactly once", async ({ db }) => {
  const user = newUserId();
  const id = created(await startAt(db, user, T, { kind: "logos" }));
  const token = (await claimGeneration(db, id, 30_000, T))!;
  const outcomes = await Promise.all([
    ...Array.from(
      { length: 10 },
      () => failGeneration(db, id, token, { code: "x", message: "x" }, T),
    ),
    ...Array.from(
      { length: 10 },
      () =>
        asAdmin(
          db,
          (tx) =>
            tx.execute(sql`select private.cancel_generation(${user}::uuid, ${id}::uuid, now())`),
        ),
    ),
    ...Array.from({ length: 5 }, () => sweepGenerations(db, at("2026-04-01T00:00:00Z"), 1)),
  ]);
  assert.ok(outcomes.filter((o) => o === true).length <= 1);
  assert.equal(await usedIn(db, user, "day", "2026-03-31"), 0);
  assert.equal(await ledgerState(db, id), "refunded");
});
