import type { Database } from "../../shared/db/client.ts";
import { freshDatabase, freshPostgres, TEST_DATABASE_URL } from "./db.ts";

/** Sanitizers off: database drivers keep pools and timers that outlive a single test. */
const relaxed = { sanitizeOps: false, sanitizeResources: false };

/** A test that gets a fresh migrated database (PostgreSQL if TEST_DATABASE_URL, else PGlite). */
export function dbTest(name: string, fn: (database: Database) => Promise<void>) {
  Deno.test({
    name,
    ...relaxed,
    async fn() {
      const database = await freshDatabase();
      try {
        await fn(database);
      } finally {
        await database.close();
      }
    },
  });
}

/**
 * A test that needs real concurrency (many connections): runs on PostgreSQL only and is
 * reported as ignored, by name, on PGlite.
 */
export function pgTest(
  name: string,
  fn: (database: Database) => Promise<void>,
  options: { poolMax?: number } = {},
) {
  Deno.test({
    name: `${name} [PostgreSQL]`,
    ignore: !TEST_DATABASE_URL,
    ...relaxed,
    async fn() {
      const database = await freshPostgres({ poolMax: options.poolMax });
      try {
        await fn(database);
      } finally {
        await database.close();
      }
    },
  });
}

export const test = (name: string, fn: () => Promise<void> | void) =>
  Deno.test({ name, ...relaxed, fn });
