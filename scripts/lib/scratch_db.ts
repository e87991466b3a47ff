import postgres from "postgres";
import { connectPostgres } from "../../shared/db/client.ts";
import { migrate } from "./migrate.ts";

/**
 * A new, migrated database on a PostgreSQL server (benchmarks, type generation): its URL and
 * a function that drops it. Server from SCRATCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test (where CI runs PostgreSQL 15).
 */
export async function scratchPostgres(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = Deno.env.get("SCRATCH_DATABASE_URL") ?? Deno.env.get("TEST_DATABASE_URL") ??
    "postgres://postgres@127.0.0.1:5432/test";
  const name = `${prefix}_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), 1);
  await migrate(database);
  await database.close();
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
