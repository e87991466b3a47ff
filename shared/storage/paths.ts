/**
 * Object keys of the assets bucket: `<owner id>/<generation or project id>/<file>`.
 *
 * The first folder is the owner's user id so Storage RLS can scope reads with
 * `(storage.foldername(name))[1] = auth.uid()::text`; auth.uid() renders lowercase, hence
 * lowercase ids only. The local backend maps keys straight onto the filesystem, so segments
 * use a small alphabet and may not start with a dot: that rules out `.` and `..`, hidden
 * files, and leaves dot-names free for the backend's own sidecar and temporary files.
 */

import { BUCKET_NAME } from "../config.ts";

const OWNER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEGMENT = /^[A-Za-z0-9._-]+$/;
// deno-lint-ignore no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Short enough that a segment plus the local backend's prefixes and suffixes fits NAME_MAX. */
const MAX_SEGMENT = 128;
/** Supabase Storage's limit on object names. */
const MAX_PATH = 1024;

export class InvalidAssetPathError extends Error {
  override name = "InvalidAssetPathError";
}

/** Builds an owner-scoped key: assetPath(userId, generationId, "logo-1.svg"). */
export function assetPath(ownerId: string, ...segments: string[]): string {
  const owner = ownerId.toLowerCase();
  if (!OWNER.test(owner)) throw new InvalidAssetPathError("the owner must be a user id (UUID)");
  if (segments.length === 0) throw new InvalidAssetPathError("a path needs a file name");
  segments.forEach(checkSegment);
  return checkAssetPath([owner, ...segments].join("/"));
}

/**
 * Validates a key (and, given an owner id, that it belongs to that user); returns it unchanged.
 * Every backend calls this before touching a key, whatever the caller already checked.
 */
export function checkAssetPath(path: string, ownerId?: string): string {
  if (path === "") throw new InvalidAssetPathError("the path is empty");
  if (path.length > MAX_PATH) {
    throw new InvalidAssetPathError(`the path is longer than ${MAX_PATH} characters`);
  }
  if (path.startsWith("/")) throw new InvalidAssetPathError("absolute paths are not allowed");
  if (path.includes("\\")) throw new InvalidAssetPathError("backslashes are not allowed");
  if (CONTROL.test(path)) throw new InvalidAssetPathError("control characters are not allowed");
  const segments = path.split("/");
  segments.forEach(checkSegment);
  if (segments.length < 2) {
    throw new InvalidAssetPathError("a path needs an owner folder and a file name");
  }
  if (!OWNER.test(segments[0])) {
    throw new InvalidAssetPathError(
      "the first folder must be the owner's user id (lowercase UUID)",
    );
  }
  if (ownerId !== undefined && segments[0] !== ownerId.toLowerCase()) {
    throw new InvalidAssetPathError("the path belongs to another owner");
  }
  return path;
}

/** Validates a bucket name; returns it unchanged. */
export function checkBucketName(bucket: string): string {
  if (!BUCKET_NAME.test(bucket)) {
    throw new InvalidAssetPathError(
      `bucket ${
        JSON.stringify(bucket)
      } must be 1-63 of [a-z0-9_-], starting with a letter or digit`,
    );
  }
  return bucket;
}

function checkSegment(segment: string): void {
  if (segment === "") throw new InvalidAssetPathError("empty path segments are not allowed");
  if (segment === "." || segment === "..") {
    throw new InvalidAssetPathError("relative segments (. and ..) are not allowed");
  }
  if (segment.startsWith(".")) {
    throw new InvalidAssetPathError("path segments may not start with a dot");
  }
  if (segment.length > MAX_SEGMENT) {
    throw new InvalidAssetPathError(`path segments are at most ${MAX_SEGMENT} characters`);
  }
  if (!SEGMENT.test(segment)) {
    throw new InvalidAssetPathError(
      `path segment ${JSON.stringify(segment)} may only use A-Z a-z 0-9 . _ -`,
    );
  }
}
