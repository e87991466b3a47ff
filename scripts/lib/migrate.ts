import { sql } from "drizzle-orm";
import { queryRows } from "../../shared/db/client.ts";
import type { Database } from "../../shared/db/client.ts";

const ROOT = new URL("../../", import.meta.url);
const MIGRATIONS = new URL("supabase/migrations/", ROOT);
const SHIM = new URL("scripts/lib/supabase_shim.sql", ROOT);

export interface Migration {
  version: string;
  name: string;
  file: string;
}

/** supabase/migrations/<version>_<name>.sql, in version order (as the Supabase CLI reads them). */
export async function listMigrations(): Promise<Migration[]> {
  const found: Migration[] = [];
  for await (const entry of Deno.readDir(MIGRATIONS)) {
    const match = entry.isFile && entry.name.match(/^(\d{14})_(.+)\.sql$/);
    if (match) found.push({ version: match[1], name: match[2], file: entry.name });
  }
  return found.sort((a, b) => a.version.localeCompare(b.version));
}

/**
 * Applies the local Supabase shim, then every migration not yet applied, each in its own
 * transaction, recording it in supabase_migrations.schema_migrations like the CLI does.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(await Deno.readTextFile(SHIM));
  await database.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key, statements text[], name text);`);
  const applied = new Set(
    (await queryRows<{ version: string }>(
      database.db,
      sql`select version from supabase_migrations.schema_migrations`,
    )).map((r) => r.version),
  );
  const ran: string[] = [];
  for (const m of await listMigrations()) {
    if (applied.has(m.version)) continue;
    const body = await Deno.readTextFile(new URL(m.file, MIGRATIONS));
    const name = m.name.replaceAll("'", "''");
    try {
      await database.exec(
        `${body}\n;insert into supabase_migrations.schema_migrations (version, name) values ('${m.version}', '${name}');`,
      );
    } catch (err) {
      throw new Error(`migration ${m.file} failed: ${(err as Error).message}`);
    }
    ran.push(m.file);
  }
  return ran;
}
