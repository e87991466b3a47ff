import postgres from "postgres";
import { connectPostgres, type Database } from "../../shared/db/client.ts";
import { migrate } from "../../scripts/lib/migrate.ts";
import { openPglite } from "../../scripts/lib/pglite.ts";

/** PostgreSQL server for tests that need real concurrency; unset → PGlite only. */
export const TEST_DATABASE_URL = Deno.env.get("TEST_DATABASE_URL") || undefined;

let template: Promise<Blob> | undefined;

/** A migrated PGlite, restored from a template dumped once per test process (~0.4 s, not ~3 s). */
export async function freshPglite(): Promise<Database> {
  template ??= (async () => {
    const db = await openPglite();
    await migrate(db);
    const dump = await db.pglite.dumpDataDir("none");
    await db.close();
    return dump;
  })();
  return await openPglite({ loadDataDir: await template });
}

/** A new, empty database on the TEST_DATABASE_URL server, dropped again by close(). */
export async function freshPostgres(
  options: { migrate?: boolean; poolMax?: number } = {},
): Promise<Database> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `bpg_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), options.poolMax ?? 20);
  if (options.migrate !== false) await migrate(database);
  return {
    ...database,
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The suite's database: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export function freshDatabase(): Promise<Database> {
  return TEST_DATABASE_URL ? freshPostgres() : freshPglite();
}
