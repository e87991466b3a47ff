import { sql } from "drizzle-orm";
import type { AuthUser } from "../auth/verify.ts";
import type { Db, Tx } from "./client.ts";

/**
 * The one path for user requests: a transaction that runs as `authenticated` with the
 * verified claims bound as a parameter, so auth.uid() and RLS see exactly this user.
 * (`set_config('role', …, true)` is `set local role`, in the same round trip.)
 */
export function asUser<T>(db: Db, user: AuthUser, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('request.jwt.claims', ${JSON.stringify(user.claims)}, true),
                 set_config('role', 'authenticated', true)`,
    );
    return work(tx);
  });
}

/**
 * The one path for admin work (cron jobs, lifecycle bookkeeping off the request path):
 * `service_role`, which bypasses RLS. Grep for asAdmin to audit every use.
 */
export function asAdmin<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', 'service_role', true)`);
    return work(tx);
  });
}
