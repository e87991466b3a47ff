/**
 * Supabase Storage through supabase-js, with a server key: it bypasses Storage RLS, so this
 * code decides who may read what (owner-scoped keys, signed URLs for clients).
 */
import { createClient, StorageApiError } from "@supabase/supabase-js";
import { checkAssetPath, checkBucketName } from "./paths.ts";
import {
  type AssetStorage,
  checkContentType,
  checkExpiresIn,
  MAX_REMOVE,
  type ObjectInfo,
  StorageError,
  type StorageFailure,
} from "./types.ts";

export interface SupabaseStorageOptions {
  /** SUPABASE_URL */
  url: string;
  /** A secret key (sb_secret_…) or the legacy service_role JWT: see serverKey (keys.ts). */
  key: string;
  bucket: string;
}

export function createSupabaseStorage(options: SupabaseStorageOptions): AssetStorage {
  const bucket = checkBucketName(options.bucket);
  // A server client: no user session to persist, refresh or read from a URL.
  const client = createClient(options.url, options.key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const files = client.storage.from(bucket);
  const failure = (action: string, key: string, error: unknown) =>
    storageFailure(`${action} ${bucket}/${key}`, error);

  return {
    async put(key, bytes, contentType) {
      checkAssetPath(key);
      checkContentType(contentType);
      const { error } = await files.upload(key, bytes, { contentType, upsert: true });
      if (error) throw failure("upload of", key, error);
    },

    async get(key) {
      checkAssetPath(key);
      const { data, error } = await files.download(key);
      if (!error) return new Uint8Array(await data.arrayBuffer());
      const failed = failure("download of", key, error);
      if (failed.kind === "not_found") return null;
      throw failed;
    },

    async signedUrl(key, expiresInSeconds) {
      checkAssetPath(key);
      checkExpiresIn(expiresInSeconds);
      const { data, error } = await files.createSignedUrl(key, expiresInSeconds);
      if (error) throw failure("signing of", key, error);
      return data.signedUrl;
    },

    async delete(keys) {
      keys.forEach((key) => checkAssetPath(key));
      await removeInBatches(files, bucket, keys);
    },

    async *list() {
      yield* walk(files, bucket, "");
    },
  };
}

type BucketApi = ReturnType<ReturnType<typeof createClient>["storage"]["from"]>;

/** The Storage API removes at most MAX_REMOVE objects per request. */
async function removeInBatches(files: BucketApi, bucket: string, keys: string[]): Promise<void> {
  for (let start = 0; start < keys.length; start += MAX_REMOVE) {
    const batch = keys.slice(start, start + MAX_REMOVE);
    const { error } = await files.remove(batch);
    if (error) throw storageFailure(`removal of ${batch.length} objects from ${bucket}`, error);
  }
}

/** One folder, page by page; sub-folders (entries without an id) are walked in turn. */
async function* walk(files: BucketApi, bucket: string, folder: string): AsyncGenerator<ObjectInfo> {
  for (let offset = 0;; offset += LIST_PAGE) {
    const { data, error } = await files.list(folder, {
      limit: LIST_PAGE,
      offset,
      sortBy: { column: "name", order: "asc" },
    });
    if (error) throw storageFailure(`listing of ${bucket}/${folder}`, error);
    for (const entry of data) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.id === null) yield* walk(files, bucket, path);
      else yield { path, updatedAt: new Date(entry.updated_at ?? entry.created_at ?? 0) };
    }
    if (data.length < LIST_PAGE) return;
  }
}

const LIST_PAGE = 1000;

/**
 * Storage answers most errors with HTTP 400 and the real status in the body's statusCode,
 * which supabase-js exposes as error.statusCode; the API gateway's own answers (401 for a bad
 * key) have only the HTTP status.
 */
function storageFailure(what: string, error: unknown): StorageError {
  if (!(error instanceof StorageApiError)) {
    return new StorageError("unavailable", `storage ${what} failed: ${messageOf(error)}`);
  }
  const status = Number(error.statusCode) || error.status;
  return new StorageError(
    failureKind(status, error),
    `storage ${what} failed: ${status} ${error.message}`,
    status,
  );
}

function failureKind(status: number, error: StorageApiError): StorageFailure {
  // Older Storage versions send no code, only the message.
  if (error.code === "NoSuchBucket" || error.message === "Bucket not found") return "misconfigured";
  if (status === 404) return "not_found";
  if (status === 401 || status === 403) return "misconfigured";
  return status >= 500 || status === 429 ? "unavailable" : "rejected";
}

const messageOf = (err: unknown) => err instanceof Error ? err.message : String(err);
