import { sql as dsql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lazyPostgres } from "./lazy_postgres.ts";
import { PipelinedDb } from "./pipelined.ts";

/** Drizzle's query builders; no relational `db.query` API (nothing uses it, and it costs a walk
 * of the schema per database and per transaction). */
export type Db = PgDatabase<PgQueryResultHKT>;
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
 * Whether statements are prepared: not through a transaction pooler (Supavisor and PgBouncer
 * listen on 6543 by convention), which cannot keep them across transactions. Unprepared,
 * postgres.js asks the server for a statement's parameter types before it may send it, a
 * round trip of its own per parameterized query that also stops the pipeline.
 */
export function preparesStatements(url: string, setting: "auto" | "on" | "off" = "auto"): boolean {
  return setting === "auto" ? new URL(url).port !== "6543" : setting === "on";
}

/**
 * postgres.js for any Postgres URL, loaded on the first query, with pipelined transactions
 * (pipelined.ts); a small pool because each edge isolate is one short-lived client among
 * many.
 */
export function connectPostgres(url: string, max = 4, prepare = preparesStatements(url)): Database {
  const client = lazyPostgres(url, {
    prepare,
    max,
    idle_timeout: 20,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "brand-package-generator" },
  });
  const db = new PipelinedDb(client, { prepare, max });
  return {
    kind: "postgres",
    db: db as unknown as Db,
    exec: async (script) => void await client.begin((tx) => tx.unsafe(script).simple()),
    close: async () => {
      await db.settled();
      await client.end({ timeout: 5 });
    },
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
