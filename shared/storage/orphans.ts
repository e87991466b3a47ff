import { sql } from "drizzle-orm";
import { type Database, queryRows } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { checkAssetPath, InvalidAssetPathError } from "./paths.ts";
import { type AssetStorage, MAX_REMOVE } from "./types.ts";

/** What it uses: the bucket, the database and the clock. */
type StorageDeps = { database: Database; storage: AssetStorage; now: () => Date };

/**
 * Removes objects of the bucket that no `assets` row names: files whose row never came (a
 * generation stopped while its file was uploaded, a crash between upload and insert) or whose
 * deletion was lost. Objects younger than the grace period are left alone: an upload comes
 * before its row. Keys our paths never produce (placeholders, files put by hand) are not ours
 * to judge and are skipped.
 */

export interface OrphanResult {
  /** Objects listed. */
  scanned: number;
  removed: number;
}

/** An upload's row is inserted right after it; an hour is far beyond any such gap. */
export const ORPHAN_GRACE_MS = 3_600_000;

export async function purgeOrphans(deps: StorageDeps): Promise<OrphanResult> {
  const cutoff = deps.now().getTime() - ORPHAN_GRACE_MS;
  let scanned = 0;
  const candidates: string[] = [];
  // Collected first, removed after the walk: removing while listing shifts the list's pages.
  for await (const object of deps.storage.list()) {
    scanned++;
    if (object.updatedAt.getTime() <= cutoff && isOurs(object.path)) {
      candidates.push(object.path);
    }
  }
  let removed = 0;
  for (let start = 0; start < candidates.length; start += MAX_REMOVE) {
    const batch = candidates.slice(start, start + MAX_REMOVE);
    const orphans = await unreferenced(deps, batch);
    if (orphans.length === 0) continue;
    await deps.storage.delete(orphans);
    removed += orphans.length;
  }
  return { scanned, removed };
}

function isOurs(path: string): boolean {
  try {
    checkAssetPath(path);
    return true;
  } catch (err) {
    if (err instanceof InvalidAssetPathError) return false;
    throw err;
  }
}

async function unreferenced(deps: StorageDeps, paths: string[]): Promise<string[]> {
  const rows = await asAdmin(deps.database.db, (tx) =>
    queryRows<{ path: string }>(
      tx,
      sql`select p.path from jsonb_array_elements_text(${JSON.stringify(paths)}::jsonb) as p(path)
          where not exists (select 1 from public.assets a where a.path = p.path)`,
    ));
  return rows.map((r) => r.path);
}
