import { sql } from "drizzle-orm";
import { queryRows } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import type { Db } from "../db/client.ts";
import { sha256Hex } from "../hash.ts";
import { describeError, type Logger } from "../log.ts";
import { GenerationStopped } from "../runtime/job.ts";
import { assetPath } from "./paths.ts";
import type { AssetStorage } from "./types.ts";

/** What storing an asset uses: the bucket, the database and how long signed URLs last. */
export interface AssetDeps {
  storage: AssetStorage;
  db: Db;
  signedUrlTtlSeconds: number;
  log: Logger;
}

export interface StoreAsset {
  ownerId: string;
  generationId?: string | null;
  projectId?: string | null;
  kind: string;
  /** File name inside the owner's folder for this generation (or project). */
  name: string;
  bytes: Uint8Array;
  mime: string;
  metadata?: Record<string, unknown>;
}

export interface StoredAsset {
  id: string;
  path: string;
  url: string;
  sha256: string;
  size: number;
}

/**
 * Puts a file in Storage under `<owner>/<generation or project>/<name>`, records it in
 * `assets` (admin path: users cannot write asset rows) and returns a signed URL.
 */
export async function storeAsset(deps: AssetDeps, a: StoreAsset): Promise<StoredAsset> {
  const folder = a.generationId ?? a.projectId;
  if (!folder) throw new Error("an asset belongs to a generation or a project");
  const path = assetPath(a.ownerId, folder, a.name);
  const sha256 = await sha256Hex(a.bytes);
  await deps.storage.put(path, a.bytes, a.mime);
  // Recorded only while its generation is live (or finished, for exports): a canceled or
  // failed generation keeps nothing, even from a write that was in flight when it stopped.
  const [row] = await asAdmin(deps.db, (tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`insert into public.assets (owner_id, generation_id, project_id, kind, path, mime, size, sha256, metadata)
          select ${a.ownerId}, ${a.generationId ?? null}, ${
        a.projectId ?? null
      }, ${a.kind}, ${path}, ${a.mime},
                 ${a.bytes.byteLength}, ${sha256}, ${JSON.stringify(a.metadata ?? {})}::jsonb
          where ${a.generationId ?? null}::uuid is null
             or exists (select 1 from public.generations g
                        where g.id = ${
        a.generationId ?? null
      }::uuid and g.status in ('running', 'succeeded') for share)
          on conflict (path) do update
            set size = excluded.size, sha256 = excluded.sha256, mime = excluded.mime, metadata = excluded.metadata
          returning id`,
    ));
  if (!row) {
    // Nothing will ever name the file; if this removal fails, cron/purge-orphans takes it.
    await deps.storage.delete([path]).catch((err) =>
      deps.log.log(
        "warn",
        "file of a stopped generation left for the orphan purge",
        describeError(err),
      )
    );
    throw new GenerationStopped("the generation stopped; the file was not kept");
  }
  const url = await deps.storage.signedUrl(path, deps.signedUrlTtlSeconds);
  return { id: row.id, path, url, sha256, size: a.bytes.byteLength };
}

/** Stores generated files; what handlers get instead of the storage and database. */
export interface AssetStore {
  store(asset: StoreAsset): Promise<StoredAsset>;
}

export const assetStore = (deps: AssetDeps): AssetStore => ({
  store: (asset) => storeAsset(deps, asset),
});
