import { sql } from "drizzle-orm";
import { type Database, queryRows } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { describeError, type Logger } from "../log.ts";
import { type AssetStorage, MAX_REMOVE } from "./types.ts";

/** What it uses: the bucket, the database and the log. */
type StorageDeps = { database: Database; storage: AssetStorage; log: Logger };

/**
 * Removes the Storage objects of deleted asset rows. The database queues their paths
 * (private.storage_deletions, filled by a trigger on assets in the deleting transaction);
 * this drains the queue through the Storage API, which is the only way to delete files on
 * Supabase. Paths an asset row names again are dropped from the queue, never deleted.
 */

export interface PurgeResult {
  /** Objects removed (or already gone) this run. */
  removed: number;
  /** Paths still queued: Storage failed, or the run stopped at its batch limit. */
  pending: number;
}

export interface PurgeOptions {
  /** Only this user's queued files (right after their delete or cancel). */
  ownerId?: string;
  /** Batches of up to 1000 paths per run; the next run takes the rest. */
  maxBatches?: number;
}

export async function purgeDeletedFiles(
  deps: StorageDeps,
  options: PurgeOptions = {},
): Promise<PurgeResult> {
  const db = deps.database.db;
  const owner = options.ownerId ?? null;
  let removed = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    const paths = (await asAdmin(db, (tx) =>
      queryRows<{ path: string }>(
        tx,
        sql`with reused as (
              delete from private.storage_deletions q
              using public.assets a
              where a.path = q.path and (${owner}::uuid is null or q.owner_id = ${owner}::uuid))
            select q.path from private.storage_deletions q
            where (${owner}::uuid is null or q.owner_id = ${owner}::uuid)
              and not exists (select 1 from public.assets a where a.path = q.path)
            order by q.queued_at, q.path
            limit ${MAX_REMOVE}`,
      ))).map((r) => r.path);
    if (paths.length === 0) break;
    try {
      await deps.storage.delete(paths);
    } catch (err) {
      // The paths stay queued: the next purge (cron, every minute) tries again.
      deps.log.log("warn", "storage deletion failed; will retry", {
        files: paths.length,
        ...describeError(err),
      });
      break;
    }
    await asAdmin(
      db,
      (tx) =>
        tx.execute(sql`delete from private.storage_deletions
            where path in (select jsonb_array_elements_text(${JSON.stringify(paths)}::jsonb))`),
    );
    removed += paths.length;
    if (paths.length < MAX_REMOVE) break;
  }
  const [left] = await asAdmin(db, (tx) =>
    queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from private.storage_deletions
          where ${owner}::uuid is null or owner_id = ${owner}::uuid`,
    ));
  return { removed, pending: left.n };
}

/**
 * Right after a user's delete or cancel: their files go now, not at the next cron run. Never
 * fails the request that already succeeded; whatever is left stays queued for the cron.
 */
export async function purgeDeletedFilesOf(deps: StorageDeps, ownerId: string): Promise<void> {
  try {
    await purgeDeletedFiles(deps, { ownerId, maxBatches: 1 });
  } catch (err) {
    deps.log.log("warn", "deleted files left for the cron purge", describeError(err));
  }
}
