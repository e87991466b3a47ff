import { sql as dsql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../../drizzle/schema.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

/** A connected database: a Drizzle handle plus what the local tooling needs. */
export interface Database {
  readonly kind: "postgres" | "pglite";
  readonly db: Db;
  /** Runs a multi-statement SQL script in one transaction (migrations, the local shim). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * postgres.js for any Postgres URL. `prepare: false` because Supabase's transaction
 * pooler (Supavisor, port 6543) cannot keep prepared statements across transactions;
 * a small pool because each edge isolate is one short-lived client among many.
 */
export function connectPostgres(url: string, max = 4): Database {
  const client = postgres(url, {
    prepare: false,
    max,
    idle_timeout: 20,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "brand-package-generator" },
  });
  return {
    kind: "postgres",
    db: drizzle(client, { schema }) as unknown as Db,
    exec: async (script) => void await client.begin((tx) => tx.unsafe(script).simple()),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Rows of a raw `execute`, whichever driver ran it. */
export async function queryRows<T>(ex: Executor, query: ReturnType<typeof dsql>): Promise<T[]> {
  const result = await ex.execute(query) as unknown;
  return (Array.isArray(result) ? [...result] : (result as { rows: T[] }).rows) as T[];
}

/** True when the database answers within `timeoutMs`. */
export async function ping(database: Database, timeoutMs = 2_000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) =>
    timer = setTimeout(() => resolve(false), timeoutMs)
  );
  try {
    return await Promise.race([database.db.execute(dsql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
