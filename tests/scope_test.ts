import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { projects } from "../drizzle/schema.ts";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin, asUser } from "../shared/db/scope.ts";
import { newUserId } from "./helpers/app.ts";
import { dbTest } from "./helpers/test.ts";

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
