import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { dbTest } from "./helpers/test.ts";

/** Who may execute which function, as the database says. */
dbTest(
  "RPC grants: every lifecycle RPC is service_role's; users execute no SECURITY DEFINER function",
  async ({ db }) => {
    const rows = await queryRows<
      { fn: string; anon: boolean; authenticated: boolean; service: boolean }
    >(
      db,
      sql`select n.nspname || '.' || p.proname as fn,
          has_function_privilege('anon', p.oid, 'execute') as anon,
          has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
          has_function_privilege('service_role', p.oid, 'execute') as service
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('public', 'private') and p.prokind = 'f'
        order by 1`,
    );
    // Once in public, where the Data API let any signed-in user call them at /rest/v1/rpc.
    for (const fn of ["start_generation", "cancel_generation", "account_usage"]) {
      assert.ok(!rows.some((r) => r.fn === `public.${fn}`), `public.${fn} is gone`);
      assert.ok(rows.some((r) => r.fn === `private.${fn}`), `private.${fn} is there`);
    }
    for (const r of rows.filter((r) => r.fn.startsWith("private."))) {
      assert.deepEqual([r.anon, r.authenticated, r.service], [false, false, true], r.fn);
    }
    for (const r of rows.filter((r) => r.fn.startsWith("public."))) {
      assert.equal(
        r.anon,
        false,
        `${r.fn} not for anon`,
      );
    }

    const definers = await queryRows<{ fn: string }>(
      db,
      sql`select n.nspname || '.' || p.proname as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('public', 'private') and p.prosecdef
          and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c = 'search_path=""')`,
    );
    assert.deepEqual(definers, [], "every SECURITY DEFINER function pins search_path");
  },
);

dbTest("table grants: users only read lifecycle tables; anon has nothing", async ({ db }) => {
  const rows = await queryRows<{ grantee: string; table_name: string; privilege_type: string }>(
    db,
    sql`select grantee, table_name, privilege_type from information_schema.role_table_grants
        where table_schema = 'public' and grantee in ('anon', 'authenticated')
        order by 1, 2, 3`,
  );
  const of = (table: string) =>
    rows.filter((r) => r.grantee === "authenticated" && r.table_name === table).map((r) =>
      r.privilege_type
    );
  for (
    const t of [
      "generations",
      "quota_counters",
      "quota_ledger",
      "plans",
      "profiles",
      "generation_kinds",
    ]
  ) {
    assert.deepEqual(of(t), ["SELECT"], t);
  }
  assert.deepEqual(of("projects"), ["DELETE", "INSERT", "SELECT"]);
  assert.deepEqual(rows.filter((r) => r.grantee === "anon"), []);
  const noRls = await queryRows<{ relname: string }>(
    db,
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`,
  );
  assert.deepEqual(noRls, []);
});
