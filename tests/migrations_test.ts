import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "../shared/db/client.ts";
import { listMigrations, migrate } from "../scripts/lib/migrate.ts";
import { openPglite } from "../scripts/lib/pglite.ts";
import { freshPostgres, TEST_DATABASE_URL } from "./helpers/db.ts";
import { test } from "./helpers/test.ts";

async function checkFreshDatabase(database: Database) {
  const files = (await listMigrations()).map((m) => m.file);
  assert.deepEqual(await migrate(database), files, "every migration applied, in order");
  assert.deepEqual(await migrate(database), [], "a second run applies nothing");
  const recorded = await queryRows<{ version: string }>(
    database.db,
    sql`select version from supabase_migrations.schema_migrations order by version`,
  );
  assert.deepEqual(recorded.map((r) => r.version), files.map((f) => f.slice(0, 14)));
  await checkSecurityInvariants(database);
}

/** RLS on every public table; no SECURITY DEFINER function without a pinned search_path. */
async function checkSecurityInvariants(database: Database) {
  const noRls = await queryRows<{ relname: string }>(
    database.db,
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`,
  );
  assert.deepEqual(noRls, [], "every public table has RLS enabled");
  const unpinned = await queryRows<{ proname: string }>(
    database.db,
    sql`select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef
          and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c = 'search_path=""')`,
  );
  assert.deepEqual(unpinned, [], "SECURITY DEFINER functions pin search_path to ''");
  const anonGrants = await queryRows<{ table_name: string }>(
    database.db,
    sql`select distinct table_name from information_schema.role_table_grants
        where table_schema = 'public' and grantee = 'anon'`,
  );
  assert.deepEqual(anonGrants, [], "anon has no table privileges");
}

test("migrations apply cleanly to an empty PGlite", async () => {
  const database = await openPglite();
  try {
    await checkFreshDatabase(database);
  } finally {
    await database.close();
  }
});

Deno.test({
  name: "migrations apply cleanly to an empty PostgreSQL [PostgreSQL]",
  ignore: !TEST_DATABASE_URL,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const database = await freshPostgres({ migrate: false });
    try {
      await checkFreshDatabase(database);
    } finally {
      await database.close();
    }
  },
});

test("migration files follow the Supabase CLI naming", async () => {
  for (const m of await listMigrations()) assert.match(m.file, /^\d{14}_[a-z0-9_]+\.sql$/);
});
