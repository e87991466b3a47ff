/**
 * Backend terminations under load (PostgreSQL): 16 workers run user transactions (readAsUser,
 * readOneAsUser, asUser) on a pool of 2 while every server session of the pool is terminated
 * every 20–80 ms, as a failover storm would. Then the kills stop and 12 more transactions run.
 * Prints how many succeeded and failed, whether any saw another user's rows (must be 0), and
 * how long the pool took to serve again. Not a test: Deno's socket layer can surface an
 * ECONNRESET no code can catch (logged here, not fatal).
 *
 *   scripts/bench kill [seconds=2]
 *
 * PostgreSQL: see scripts/lib/scratch_db.ts. Only the scratch database's sessions are killed.
 */
import postgres from "postgres";
import { projects } from "../drizzle/schema.ts";
import { connectPostgres } from "../shared/db/client.ts";
import { asUser, readAsUser, readOneAsUser } from "../shared/db/scope.ts";
import { scratchPostgres } from "./lib/scratch_db.ts";

const seconds = Number(Deno.args[0] ?? 2);
let uncaught = 0;
addEventListener("unhandledrejection", (event) => {
  uncaught++;
  console.error(`uncaught: ${String(event.reason).slice(0, 120)}`);
  event.preventDefault();
});

const scratch = await scratchPostgres("bpg_bench_kill");
const database = connectPostgres(scratch.url, 2);
const name = new URL(scratch.url).pathname.slice(1);
const admin = postgres(scratch.url, { max: 1, onnotice: () => {} });
const user = (id: string) => ({ id, claims: { sub: id, role: "authenticated" as const } });
const users = [user(crypto.randomUUID()), user(crypto.randomUUID())];
for (const u of users) {
  await asUser(database.db, u, (tx) => tx.insert(projects).values({ name: u.id }));
}

const seen = { ok: 0, failed: 0, foreign: 0 };
async function transaction(u: (typeof users)[number], i: number) {
  const rows = await [
    () => readAsUser(database.db, u, (tx) => tx.select().from(projects)),
    () => readOneAsUser(database.db, u, (tx) => tx.select().from(projects)),
    () => asUser(database.db, u, (tx) => tx.select().from(projects)),
  ][i % 3]();
  if (rows.some((p) => p.name !== u.id)) seen.foreign++;
}

let killing = true;
const killer = (async () => {
  while (killing) {
    await admin.unsafe(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'brand-package-generator' and datname = $1`,
      [name],
    );
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 60));
  }
})();
const until = Date.now() + seconds * 1000;
await Promise.all(Array.from({ length: 16 }, async (_, w) => {
  for (let i = 0; Date.now() < until; i++) {
    await transaction(users[w % 2], i).then(() => seen.ok++, () => seen.failed++);
  }
}));
killing = false;
await killer;
const storm = { ...seen };
const t0 = performance.now();
await Promise.all(Array.from({ length: 12 }, (_, i) => transaction(users[i % 2], i)));
const recovery = performance.now() - t0;

console.log(
  `during ${seconds} s of kills: ${storm.ok} transactions succeeded, ${storm.failed} failed, ` +
    `${storm.foreign} saw another user's rows`,
);
console.log(
  `after: 12 transactions in ${recovery.toFixed(0)} ms; uncaught socket errors ${uncaught}`,
);
await admin.end();
await database.close();
await scratch.drop();
Deno.exit(seen.foreign === 0 ? 0 : 1);
