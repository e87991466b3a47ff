import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { projects } from "../drizzle/schema.ts";
import { preparesStatements, queryRows } from "../shared/db/client.ts";
import { PipelinedDb } from "../shared/db/pipelined.ts";
import { asAdmin, asUser, readAsUser, readOneAsUser } from "../shared/db/scope.ts";
import { newUserId } from "./helpers/app.ts";
import { TEST_DATABASE_URL } from "./helpers/db.ts";
import { dbTest, pgTest, test } from "./helpers/test.ts";

const userOf = (id: string) => ({
  id,
  claims: { sub: id, role: "authenticated" as const, exp: Math.floor(Date.now() / 1000) + 60 },
});

dbTest("a scoped transaction's first query already runs as the caller", async (database) => {
  const id = newUserId();
  const [seen] = await asUser(
    database.db,
    userOf(id),
    (tx) =>
      queryRows<{ uid: string; role: string }>(
        tx,
        sql`select auth.uid() as uid, current_user as role`,
      ),
  );
  assert.deepEqual(seen, { uid: id, role: "authenticated" });
  const [admin] = await asAdmin(
    database.db,
    (tx) => queryRows<{ role: string }>(tx, sql`select current_user as role`),
  );
  assert.equal(admin.role, "service_role");
});

dbTest("a failed scoped transaction leaves nothing behind", async (database) => {
  const user = userOf(newUserId());
  await assert.rejects(
    asUser(database.db, user, async (tx) => {
      await tx.insert(projects).values({ name: "Doomed" });
      throw new Error("work failed");
    }),
    /work failed/,
  );
  const rows = await asUser(database.db, user, (tx) => tx.select().from(projects));
  assert.deepEqual(rows, []);
});

const whoAmI = sql`select auth.uid() as uid, current_user as role,
  current_setting('request.jwt.claims', true) as claims, current_setting('transaction_read_only') as ro`;
type Who = { uid: string | null; role: string; claims: string | null; ro: string };

dbTest(
  "a read runs as the caller in a read-only transaction, and refuses writes",
  async (database) => {
    const user = userOf(newUserId());
    const [seen] = await readAsUser(database.db, user, (tx) => queryRows<Who>(tx, whoAmI));
    assert.equal(seen.uid, user.id);
    assert.equal(seen.role, "authenticated");
    assert.equal(seen.ro, "on");
    await assert.rejects(
      readAsUser(database.db, user, (tx) => tx.insert(projects).values({ name: "Sneaky" })),
      (error: Error) => /read-only transaction/.test(String((error.cause as Error)?.message)),
    );
    assert.deepEqual(await readAsUser(database.db, user, (tx) => tx.select().from(projects)), []);
  },
);

pgTest(
  "a read's connection goes back to the pool with no role or claims left on it",
  async (database) => {
    const [a, b] = [userOf(newUserId()), userOf(newUserId())];
    // One connection: every transaction below runs on it, one after the other.
    for (let i = 0; i < 5; i++) {
      const [asA, asB] = await Promise.all([
        readAsUser(database.db, a, (tx) => queryRows<Who>(tx, whoAmI)),
        readAsUser(database.db, b, (tx) => queryRows<Who>(tx, whoAmI)),
      ]);
      assert.equal(asA[0].uid, a.id);
      assert.equal(asB[0].uid, b.id);
    }
    const [outside] = await queryRows<Who>(database.db, whoAmI);
    assert.equal(outside.role, "postgres");
    assert.ok(!outside.claims, `claims left on the connection: ${outside.claims}`);
    assert.equal(outside.ro, "off");
  },
  { poolMax: 1 },
);

pgTest(
  "a failed opening statement is the error a pipelined transaction throws",
  async (database) => {
    assert.ok(database.db instanceof PipelinedDb);
    const db = database.db as unknown as PipelinedDb;
    const opening = { text: "select set_config('role', 'no_such_role', true)", params: [] };
    for (const access of ["read only", "read write"] as const) {
      await assert.rejects(
        db.pipelined(opening, (tx) => tx.select().from(projects), access),
        /role "no_such_role" does not exist/,
      );
    }
    // The connection is usable again and the failed transaction left nothing behind.
    const [after] = await queryRows<Who>(database.db, whoAmI);
    assert.equal(after.role, "postgres");
  },
  { poolMax: 1 },
);

pgTest("many concurrent reads and writes share a small pool", async (database) => {
  const user = userOf(newUserId());
  await Promise.all(
    Array.from(
      { length: 40 },
      (_, i) =>
        i % 4 === 0
          ? asUser(database.db, user, (tx) => tx.insert(projects).values({ name: `P${i}` }))
          : readAsUser(database.db, user, (tx) => tx.select().from(projects)),
    ),
  );
  const rows = await readAsUser(database.db, user, (tx) => tx.select().from(projects));
  assert.equal(rows.length, 10);
}, { poolMax: 3 });

test("statements are prepared except through a transaction pooler", () => {
  const direct = "postgres://u:p@db.example.supabase.co:5432/postgres";
  const pooler = "postgres://u.ref:p@aws-0-eu-west-1.pooler.supabase.com:6543/postgres";
  assert.equal(preparesStatements(direct), true);
  assert.equal(preparesStatements("postgres://localhost/test"), true);
  assert.equal(preparesStatements(pooler), false);
  assert.equal(preparesStatements(pooler, "on"), true);
  assert.equal(preparesStatements(direct, "off"), false);
});

dbTest(
  "a one-query read runs as the caller, read only, and sees only the caller's rows",
  async (database) => {
    const [a, b] = [userOf(newUserId()), userOf(newUserId())];
    await asUser(database.db, a, (tx) => tx.insert(projects).values({ name: "Mine" }));
    await asUser(database.db, b, (tx) => tx.insert(projects).values({ name: "Theirs" }));
    const mine = await readOneAsUser(database.db, a, (tx) => tx.select().from(projects));
    assert.deepEqual(mine.map((p) => p.name), ["Mine"]);
    await assert.rejects(
      readOneAsUser(database.db, a, (tx) => tx.insert(projects).values({ name: "Sneaky" })),
      (error: Error) => /read-only transaction/.test(String((error.cause as Error)?.message)),
    );
  },
);

pgTest(
  "one-query reads leave the connection clean, whether they succeed or fail",
  async (database) => {
    const [a, b] = [userOf(newUserId()), userOf(newUserId())];
    for (let i = 0; i < 5; i++) {
      const [asA, asB] = await Promise.all([
        readOneAsUser(database.db, a, (tx) => tx.select().from(projects)),
        readOneAsUser(database.db, b, (tx) => tx.select().from(projects)),
      ]);
      assert.deepEqual([asA, asB], [[], []]);
      await assert.rejects(readOneAsUser(database.db, a, (tx) => tx.execute(sql`select 1/0`)));
    }
    const [outside] = await queryRows<Who>(database.db, whoAmI);
    assert.equal(outside.role, "postgres");
    assert.ok(!outside.claims, `claims left on the connection: ${outside.claims}`);
    assert.equal(outside.ro, "off");
  },
  { poolMax: 1 },
);

/** A way to end every server session of a pool (as a restart or failover would). */
async function sessionKiller(database: { db: unknown }) {
  const [{ name }] = await queryRows<{ name: string }>(
    database.db as never,
    sql`select current_database() as name`,
  );
  return async () => {
    const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'brand-package-generator' and datname = $1`,
      [name],
    );
    await admin.end();
  };
}

pgTest(
  "a transaction whose connection drops fails, and never runs on as someone else",
  async (database) => {
    const [a, b] = [userOf(newUserId()), userOf(newUserId())];
    await asUser(database.db, b, (tx) => tx.insert(projects).values({ name: "B's secret" }));
    const killPoolSessions = await sessionKiller(database);
    for (const access of [readAsUser, asUser]) {
      // One connection: b waits for it while a's transaction holds it.
      const first = access(database.db, a, async (tx) => {
        await queryRows(tx, sql`select 1`);
        await killPoolSessions();
        await new Promise((r) => setTimeout(r, 100));
        return await queryRows<Who & { names: string | null }>(
          tx,
          sql`select auth.uid() as uid, current_user as role,
          (select string_agg(name, ',') from projects) as names`,
        );
      });
      const second = readAsUser(database.db, b, (tx) => queryRows<Who>(tx, whoAmI));
      await assert.rejects(first, /CONNECTION_CLOSED|connection/i);
      const [seen] = await second;
      assert.equal(seen.uid, b.id);
      assert.equal(seen.role, "authenticated");
    }
    const [after] = await queryRows<Who>(database.db, whoAmI);
    assert.equal(after.role, "postgres");
    assert.ok(!after.claims);
  },
  { poolMax: 1 },
);

pgTest(
  "one-query reads under dropped connections answer or fail, and the pool recovers",
  async (database) => {
    const user = userOf(newUserId());
    const killPoolSessions = await sessionKiller(database);
    const reads = Array.from(
      { length: 30 },
      (_, i) =>
        new Promise((r) => setTimeout(r, i * 5)).then(() =>
          readOneAsUser(database.db, user, (tx) => tx.select().from(projects))
        ).then(() => "ok", () => "failed"),
    );
    await new Promise((r) => setTimeout(r, 40));
    await killPoolSessions();
    const outcomes = await Promise.all(reads);
    assert.ok(outcomes.includes("ok"), outcomes.join(","));
    assert.deepEqual(
      await readOneAsUser(database.db, user, (tx) => tx.select().from(projects)),
      [],
    );
  },
  { poolMax: 2 },
);
