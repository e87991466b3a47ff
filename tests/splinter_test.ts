import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { dbTest } from "./helpers/test.ts";

/** The database linter's checks (tests/fixtures/splinter/) against the migrated schema. */
const lint = (file: string) =>
  Deno.readTextFile(new URL(`fixtures/splinter/${file}`, import.meta.url));

dbTest(
  "splinter: no SECURITY DEFINER function is executable by anon or authenticated",
  async ({ db }) => {
    const found = await queryRows<Record<string, string>>(
      db,
      sql.raw(await lint("security_definer_executable.sql")),
    );
    assert.deepEqual(found, []);
  },
);

dbTest("splinter: every foreign key has a covering index", async ({ db }) => {
  const found = await queryRows<Record<string, string>>(
    db,
    sql.raw(await lint("unindexed_foreign_keys.sql")),
  );
  assert.deepEqual(found, []);
});
