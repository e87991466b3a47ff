/**
 * Benchmark of the start-generation RPC on PostgreSQL (issue 3): latency for one client
 * and throughput for 16 concurrent clients, then a lost-update check (counter = ledger =
 * generations created). Usage:
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test scripts/bench generations
 * A scratch database is created on that server and dropped afterwards.
 */
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { connectPostgres, queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import { startGeneration } from "../shared/generation/lifecycle.ts";
import { migrate } from "./lib/migrate.ts";
import { percentile } from "./lib/stats.ts";

const base = Deno.env.get("BENCH_DATABASE_URL") ?? "postgres://postgres@127.0.0.1:5432/test";
const name = `bpg_bench_${Date.now()}`;
const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const database = connectPostgres(url.toString(), 16);

try {
  await migrate(database);
  const db = database.db;
  await asAdmin(
    db,
    (tx) => tx.execute(sql`insert into public.plans values ('bench', 1000000, 10000000)`),
  );
  const userId = crypto.randomUUID();
  await asAdmin(
    db,
    (tx) => tx.execute(sql`insert into public.profiles (id, plan_id) values (${userId}, 'bench')`),
  );
  const user = { id: userId, claims: { sub: userId, role: "authenticated" as const } };
  const start = (i: number) =>
    startGeneration(db, user, {
      kind: "names",
      input: { i },
      requestHash: String(i),
      idempotencyKey: `k${i}`,
    });

  for (let i = 0; i < 200; i++) await start(-1 - i); // warm up connections and plans

  const rpcOnly: number[] = [];
  const perRequest: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    await start(i);
    perRequest.push(performance.now() - t0);
  }
  // The RPC alone, inside one already-open service_role transaction (what Postgres spends).
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', 'service_role', true)`);
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now();
      await tx.execute(
        sql`select private.start_generation(${userId}::uuid, 'names', '{}'::jsonb, ${`r${i}`},
          ${`rk${i}`}, null, null, now())`,
      );
      rpcOnly.push(performance.now() - t0);
    }
  });

  const total = 4000;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < total) await start(100_000 + next++);
  }));
  const seconds = (performance.now() - t0) / 1000;

  const [check] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ created: number; counter: number; ledger: number }>(
        tx,
        sql`select (select count(*)::int from public.generations where owner_id = ${userId}) as created,
                 (select used from public.quota_counters where owner_id = ${userId} and period = 'day'
                   order by window_start desc limit 1) as counter,
                 (select sum(units)::int from public.quota_ledger where owner_id = ${userId}) as ledger`,
      ),
  );

  const fmt = (xs: number[]) =>
    `p50 ${percentile(xs, 50).toFixed(2)} ms, p99 ${percentile(xs, 99).toFixed(2)} ms`;
  console.log(`start_generation, 1 client, RPC in an open transaction: ${fmt(rpcOnly)}`);
  console.log(
    `start_generation, 1 client, full transaction (role + RPC): ${fmt(perRequest)}`,
  );
  console.log(
    `start_generation, 16 clients: ${total} starts in ${seconds.toFixed(2)} s = ${
      (total / seconds).toFixed(0)
    }/s`,
  );
  console.log(
    `lost updates: created ${check.created}, counter ${check.counter}, ledger ${check.ledger} → ${
      check.created === check.counter && check.counter === check.ledger ? "none" : "MISMATCH"
    }`,
  );
} finally {
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
