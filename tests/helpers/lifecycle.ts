import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../shared/db/client.ts";
import { asAdmin } from "../../shared/db/scope.ts";
import { recordFromJson } from "../../shared/generation/envelope.ts";
import type { StartOutcome } from "../../shared/generation/lifecycle.ts";

/** Gives a user a plan of their own with these limits (as admin, like a billing webhook would). */
export async function setPlan(
  db: Db,
  userId: string,
  daily: number,
  monthly: number,
): Promise<void> {
  const plan = `test-${crypto.randomUUID()}`;
  await asAdmin(db, async (tx) => {
    await tx.execute(
      sql`insert into public.plans (id, daily_units, monthly_units) values (${plan}, ${daily}, ${monthly})`,
    );
    await tx.execute(sql`insert into public.profiles (id, plan_id) values (${userId}, ${plan})
      on conflict (id) do update set plan_id = excluded.plan_id`);
  });
}

/** private.start_generation with an explicit user and time (what the public RPC does with now()). */
export async function startAt(
  db: Db,
  userId: string,
  now: Date,
  opts: { kind?: string; key?: string; hash?: string; input?: unknown; parentId?: string } = {},
): Promise<StartOutcome> {
  const [row] = await asAdmin(db, (tx) =>
    queryRows<{ r: Record<string, unknown> }>(
      tx,
      sql`select private.start_generation(${userId}::uuid, ${
        opts.kind ?? "names"
      }::public.generation_kind,
        ${JSON.stringify(opts.input ?? {})}::jsonb, ${opts.hash ?? "h"}, ${opts.key ?? null}, null,
        ${opts.parentId ?? null}::uuid, ${now.toISOString()}::timestamptz) as r`,
    ));
  const r = row.r;
  return (r.generation
    ? { ...r, generation: recordFromJson(r.generation as Record<string, unknown>) }
    : r) as unknown as StartOutcome;
}

export async function counters(db: Db, userId: string) {
  return await asAdmin(
    db,
    (tx) =>
      queryRows<{ period: string; window_start: string; used: number }>(
        tx,
        sql`select period::text, window_start::text, used from public.quota_counters where owner_id = ${userId}
          order by period, window_start`,
      ),
  );
}

/** Units the ledger holds (reserved + committed) in one window: must equal the counter. */
export async function ledgerHeld(
  db: Db,
  userId: string,
  period: "day" | "month",
  windowStart: string,
) {
  const column = period === "day" ? sql`day_start` : sql`month_start`;
  const [row] = await asAdmin(db, (tx) =>
    queryRows<{ held: number }>(
      tx,
      sql`select coalesce(sum(units), 0)::int as held from public.quota_ledger
          where owner_id = ${userId} and state <> 'refunded' and ${column} = ${windowStart}::date`,
    ));
  return row.held;
}

export async function usedIn(
  db: Db,
  userId: string,
  period: "day" | "month",
  windowStart: string,
): Promise<number> {
  const rows = await counters(db, userId);
  return rows.find((r) => r.period === period && r.window_start === windowStart)?.used ?? 0;
}

export async function statusOf(db: Db, id: string): Promise<string> {
  const [row] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ status: string }>(
        tx,
        sql`select status::text from public.generations where id = ${id}`,
      ),
  );
  return row.status;
}

export async function ledgerState(db: Db, id: string): Promise<string | undefined> {
  const [row] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ state: string }>(
        tx,
        sql`select state::text from public.quota_ledger where generation_id = ${id}`,
      ),
  );
  return row?.state;
}

export const at = (iso: string) => new Date(iso);
