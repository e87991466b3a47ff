import { assets } from "../../drizzle/schema.ts";
import { asAdmin } from "../db/scope.ts";
import type { Deps } from "../deps.ts";
import { assetPath } from "./paths.ts";

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

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Puts a file in Storage under `<owner>/<generation or project>/<name>`, records it in
 * `assets` (admin path: users cannot write asset rows) and returns a signed URL.
 */
export async function storeAsset(deps: Deps, a: StoreAsset): Promise<StoredAsset> {
  const folder = a.generationId ?? a.projectId;
  if (!folder) throw new Error("an asset belongs to a generation or a project");
  const path = assetPath(a.ownerId, folder, a.name);
  const sha256 = await sha256Hex(a.bytes);
  await deps.storage.put(path, a.bytes, a.mime);
  const [row] = await asAdmin(deps.database.db, (tx) =>
    tx.insert(assets).values({
      ownerId: a.ownerId,
      generationId: a.generationId ?? null,
      projectId: a.projectId ?? null,
      kind: a.kind,
      path,
      mime: a.mime,
      size: a.bytes.byteLength,
      sha256,
      metadata: a.metadata ?? {},
    }).onConflictDoUpdate({
      target: assets.path,
      set: { size: a.bytes.byteLength, sha256, mime: a.mime, metadata: a.metadata ?? {} },
    }).returning({ id: assets.id }));
  const url = await deps.storage.signedUrl(path, deps.config.SIGNED_URL_TTL_SECONDS);
  return { id: row.id, path, url, sha256, size: a.bytes.byteLength };
}
