import assert from "node:assert/strict";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import {
  claimGeneration,
  failGeneration,
  finishGeneration,
  sweepGenerations,
} from "../shared/generation/lifecycle.ts";
import { newUserId } from "./helpers/app.ts";
import { setPlan, startAt } from "./helpers/lifecycle.ts";
import { dbTest } from "./helpers/test.ts";

type Op =
  | { op: "start"; kind: "names" | "logos" | "package" }
  | { op: "finish" | "fail" | "cancel" | "claim"; pick: number }
  | { op: "sweep" }
  | { op: "advance"; minutes: number };

const ops: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant("start" as const),
    kind: fc.constantFrom("names" as const, "logos" as const, "package" as const),
  }),
  fc.record({
    op: fc.constantFrom("finish" as const, "fail" as const, "cancel" as const, "claim" as const),
    pick: fc.nat(),
  }),
  fc.record({ op: fc.constant("sweep" as const) }),
  fc.record({
    op: fc.constant("advance" as const),
    minutes: fc.integer({ min: 1, max: 60 * 24 * 20 }),
  }),
);

/**
 * Random sequences of reserve / claim / commit / refund / cancel / sweep / time travel keep
 * every window within 0 ≤ used ≤ limit and equal to what the ledger holds.
 */
dbTest("quota invariants hold under any sequence of lifecycle operations", async ({ db }) => {
  await fc.assert(
    fc.asyncProperty(fc.array(ops, { minLength: 1, maxLength: 25 }), async (sequence) => {
      const user = newUserId();
      await setPlan(db, user, 12, 30);
      let now = new Date("2026-01-31T22:00:00Z");
      const gens: { id: string; token: string | null }[] = [];
      for (const step of sequence) {
        const target = "pick" in step ? gens[step.pick % Math.max(gens.length, 1)] : undefined;
        switch (step.op) {
          case "start": {
            const r = await startAt(db, user, now, { kind: step.kind });
            if (r.outcome === "created") gens.push({ id: r.generation.id, token: null });
            break;
          }
          case "claim":
            if (target) {
              target.token = await claimGeneration(db, target.id, 60_000, now) ?? target.token;
            }
            break;
          case "finish":
            if (target?.token) await finishGeneration(db, target.id, target.token, {}, now);
            break;
          case "fail":
            if (target) {
              await failGeneration(db, target.id, target.token, { code: "x", message: "x" }, now);
            }
            break;
          case "cancel":
            if (target) {
              await asAdmin(
                db,
                (tx) =>
                  tx.execute(
                    sql`select private.cancel_generation(${user}::uuid, ${target.id}::uuid, ${now.toISOString()}::timestamptz)`,
                  ),
              );
            }
            break;
          case "sweep":
            await sweepGenerations(db, now, 3_600_000);
            break;
          case "advance":
            now = new Date(now.getTime() + step.minutes * 60_000);
            break;
        }
        const windows = await asAdmin(
          db,
          (tx) =>
            queryRows<{ period: string; used: number; held: number; limit: number }>(
              tx,
              sql`select c.period::text, c.used,
                  (select coalesce(sum(l.units), 0)::int from public.quota_ledger l
                   where l.owner_id = c.owner_id and l.state <> 'refunded'
                     and (case when c.period = 'day' then l.day_start else l.month_start end) = c.window_start) as held,
                  case when c.period = 'day' then 12 else 30 end as limit
                from public.quota_counters c where c.owner_id = ${user}`,
            ),
        );
        for (const w of windows) {
          assert.ok(w.used >= 0 && w.used <= w.limit, `${w.period}: 0 ≤ ${w.used} ≤ ${w.limit}`);
          assert.equal(w.used, w.held, `${w.period}: counter equals ledger`);
        }
      }
    }),
    { numRuns: 40 },
  );
});
