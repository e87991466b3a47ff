import { type SQL, sql } from "drizzle-orm";
import type { AuthUser } from "../auth/verify.ts";
import type { Db, Tx } from "./client.ts";
import { type Access, PipelinedDb, type Query, type Statement as Pipelined } from "./pipelined.ts";

/** A statement in both forms: Drizzle's, and text + parameters for postgres.js. */
interface Statement extends Pipelined {
  query: SQL;
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
  return scoped(db, roleOfUser(JSON.stringify(user.claims)), work, "read write");
}

/**
 * asUser for work that only reads: the transaction is READ ONLY (a write in it fails), and on
 * PostgreSQL it costs one round trip, as the answer need not wait for the COMMIT.
 */
export function readAsUser<T>(db: Db, user: AuthUser, work: (tx: Tx) => Promise<T>): Promise<T> {
  return scoped(db, roleOfUser(JSON.stringify(user.claims)), work, "read only");
}

/**
 * readAsUser for a read of one query, given unrun: `readOneAsUser(db, user, (tx) =>
 * tx.select().from(projects))`. On PostgreSQL its COMMIT leaves with it, so the connection is
 * free again when the answer arrives.
 */
export function readOneAsUser<T>(
  db: Db,
  user: AuthUser,
  build: (tx: Tx) => Query<T>,
): Promise<T> {
  const first = roleOfUser(JSON.stringify(user.claims));
  if (db instanceof PipelinedDb) return db.readOne(first, build as (tx: unknown) => Query<T>);
  return scoped(db, first, (tx) => build(tx).execute(), "read only");
}

/**
 * The one path for admin work (cron jobs, lifecycle bookkeeping off the request path):
 * `service_role`, which bypasses RLS. Grep for asAdmin to audit every use.
 */
export function asAdmin<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return scoped(db, ROLE_OF_ADMIN, work, "read write");
}

/**
 * A transaction whose first statement sets the role (and claims). On PostgreSQL it is
 * pipelined (pipelined.ts); PGlite runs in-process, with no round trip to save.
 */
function scoped<T>(
  db: Db,
  first: Statement,
  work: (tx: Tx) => Promise<T>,
  access: Access,
): Promise<T> {
  if (db instanceof PipelinedDb) {
    return db.pipelined(first, work as (tx: unknown) => Promise<T>, access);
  }
  return db.transaction(async (tx) => {
    await tx.execute(first.query);
    return work(tx);
  }, access === "read only" ? { accessMode: access } : undefined);
}
