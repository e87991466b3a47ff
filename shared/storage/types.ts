/**
 * Where generated files (logo SVG/PNG, brand-kit ZIPs) live: a private bucket on Supabase
 * Storage when deployed (supabase.ts), a directory in local development (local.ts). Keys are
 * owner-scoped (paths.ts); clients never read the bucket directly, they get signed URLs.
 */
export interface AssetStorage {
  /** Stores the bytes under the key, replacing any previous object. */
  put(path: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no object under the key. */
  get(path: string): Promise<Uint8Array | null>;
  /**
   * A URL anyone holding it can GET until it expires. Fails with a `not_found` StorageError
   * when there is no object under the key, as Supabase Storage does.
   */
  signedUrl(path: string, expiresInSeconds: number): Promise<string>;
  /**
   * Removes the objects; keys with no object are skipped, as Supabase Storage does. Signed
   * URLs of a removed object stop working.
   */
  delete(paths: string[]): Promise<void>;
  /** Every object in the bucket, folder by folder (for the orphan sweep). */
  list(): AsyncIterable<ObjectInfo>;
}

/** Supabase Storage's limit on the keys of one remove (DELETE /object/<bucket>). */
export const MAX_REMOVE = 1000;

export interface ObjectInfo {
  path: string;
  /** When the object was last written. */
  updatedAt: Date;
}

/**
 * - not_found: no object under the key
 * - misconfigured: the server key was refused or the bucket does not exist (fix the deployment)
 * - rejected: Storage refused this object (the bucket's size or type limits; locally, a key
 *   that clashes with a folder of other keys)
 * - unavailable: Storage or the disk failed; worth retrying later
 */
export type StorageFailure = "not_found" | "misconfigured" | "rejected" | "unavailable";

/** A failed storage call. Messages name the bucket and key, never a key or token. */
export class StorageError extends Error {
  override name = "StorageError";

  constructor(readonly kind: StorageFailure, message: string, readonly status?: number) {
    super(message);
  }
}

/** A week: a leaked signed URL stays usable for as long as it was signed for. */
export const MAX_SIGNED_URL_SECONDS = 604_800;

/** Validates a signed URL lifetime (whole seconds, 1 s to a week); returns it unchanged. */
export function checkExpiresIn(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SIGNED_URL_SECONDS) {
    throw new RangeError(
      `a signed URL lifetime must be a whole number of seconds from 1 to ${MAX_SIGNED_URL_SECONDS}`,
    );
  }
  return seconds;
}

/** type/subtype with optional parameters: it ends up verbatim in a Content-Type header. */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;[\x20-\x7e]*)?$/i;

/** Validates a content type; returns it unchanged. */
export function checkContentType(contentType: string): string {
  if (!MEDIA_TYPE.test(contentType)) {
    throw new RangeError(`${JSON.stringify(contentType)} is not a media type`);
  }
  return contentType;
}
