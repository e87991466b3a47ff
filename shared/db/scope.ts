import { type SQL, sql } from "drizzle-orm";
import type { TransactionSql } from "postgres";
import type { AuthUser } from "../auth/verify.ts";
import type { Db, Tx } from "./client.ts";

/** A statement in both forms: Drizzle's, and text + parameters for postgres.js. */
interface Statement {
  query: SQL;
  text: string;
  params: string[];
}

const roleOfUser = (claims: string): Statement => ({
  query: sql`select set_config('request.jwt.claims', ${claims}, true),
                    set_config('role', 'authenticated', true)`,
  text:
    "select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)",
  params: [claims],
});

const ROLE_OF_ADMIN: Statement = {
  query: sql`select set_config('role', 'service_role', true)`,
  text: "select set_config('role', 'service_role', true)",
  params: [],
};

/**
 * The one path for user requests: a transaction that runs as `authenticated` with the
 * verified claims bound as a parameter, so auth.uid() and RLS see exactly this user.
 * (`set_config('role', …, true)` is `set local role`.)
 */
export function asUser<T>(db: Db, user: AuthUser, work: (tx: Tx) => Promise<T>): Promise<T> {
  return scoped(db, roleOfUser(JSON.stringify(user.claims)), work);
}

/**
 * The one path for admin work (cron jobs, lifecycle bookkeeping off the request path):
 * `service_role`, which bypasses RLS. Grep for asAdmin to audit every use.
 */
export function asAdmin<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return scoped(db, ROLE_OF_ADMIN, work);
}

/**
 * A transaction whose first statement sets the role (and claims). On postgres.js that
 * statement is pipelined with the work's first query instead of waiting for its own round
 * trip: postgres.js runs a transaction's queries in the order they are issued and writes the
 * ones issued in the same tick together, and this one is issued before the work starts. So a
 * user-scoped read is three round trips (begin, claims + query, commit), not four.
 * If the statement fails, the work's queries fail with it and the transaction rolls back.
 */
function scoped<T>(db: Db, first: Statement, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const pg = postgresJs(tx);
    if (!pg) {
      await tx.execute(first.query); // PGlite runs in-process: no round trip to save
      return work(tx);
    }
    const [, result] = await Promise.all([pg.unsafe(first.text, first.params).execute(), work(tx)]);
    return result;
  });
}

/** The postgres.js transaction under a Drizzle one (Drizzle keeps it as session.client). */
function postgresJs(tx: Tx): TransactionSql | undefined {
  const client = (tx as unknown as { session?: { client?: Partial<TransactionSql> } }).session
    ?.client;
  return typeof client?.unsafe === "function" && typeof client.savepoint === "function"
    ? client as TransactionSql
    : undefined;
}
