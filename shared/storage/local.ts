/**
 * The local stand-in for Supabase Storage: objects are files under <root>/<bucket>/<key>,
 * with the content type in a sidecar `.<file name>.meta.json` beside each one (valid keys
 * never start a segment with a dot, so sidecars and temporary files cannot collide with
 * objects). Signed URLs have Supabase's format and are served by serveSignedObject, which the
 * local stack mounts at /storage/v1/object/sign/.
 */
import { checkAssetPath, checkBucketName } from "./paths.ts";
import {
  serveSignedObjectRequest,
  SIGNED_OBJECT_PREFIX,
  type SignedObject,
  signObjectToken,
} from "./signed_url.ts";
import {
  type AssetStorage,
  checkContentType,
  checkExpiresIn,
  type ObjectInfo,
  StorageError,
} from "./types.ts";

export interface LocalStorageOptions {
  bucket: string;
  /** Directory holding one folder per bucket (default .data/storage). */
  root?: string;
  /**
   * Origin signed URLs point at: the local stack's URL. A function when the URL is known
   * only once the server listens (port 0).
   */
  publicBaseUrl: string | (() => string);
  /** HS256 secret of the signed-URL tokens (Supabase signs with the project's JWT secret). */
  secret: string;
  /** The clock; tests move it. */
  now?: () => Date;
}

export interface LocalAssetStorage extends AssetStorage {
  /**
   * Answers GET/HEAD /storage/v1/object/sign/<bucket>/<key>?token=… as Supabase Storage
   * does. Filesystem errors other than a missing file propagate (the server answers 500).
   */
  serveSignedObject(request: Request): Promise<Response>;
}

const MIN_SECRET_LENGTH = 32;
const FALLBACK_TYPE = "application/octet-stream";

/** The stored file as an object, or null when there is none. */
async function openObject(path: string): Promise<SignedObject | null> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  try {
    const info = await file.stat();
    // A key that names a folder of other objects is not an object itself.
    if (!info.isFile) {
      file.close();
      return null;
    }
    return { contentType: await contentTypeOf(path), size: info.size, body: file.readable };
  } catch (err) {
    file.close();
    throw err;
  }
}

async function putObject(path: string, bytes: Uint8Array, contentType: string, label: string) {
  try {
    await Deno.mkdir(parentOf(path), { recursive: true });
    // Metadata first: a new object only appears (data renamed into place) once its
    // content type is already there.
    await writeAtomic(sidecarOf(path), new TextEncoder().encode(JSON.stringify({ contentType })));
    await writeAtomic(path, bytes);
  } catch (err) {
    const kind = clashes(err) ? "rejected" : "unavailable";
    throw new StorageError(kind, `could not write ${label}: ${messageOf(err)}`);
  }
}

async function isFile(path: string, label: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch (err) {
    if (isMissing(err)) return false;
    throw new StorageError("unavailable", `could not read ${label}: ${messageOf(err)}`);
  }
}

export function createLocalStorage(options: LocalStorageOptions): LocalAssetStorage {
  const bucket = checkBucketName(options.bucket);
  if (options.secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`the signing secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const { secret } = options;
  const dir = `${(options.root ?? ".data/storage").replace(/\/+$/, "")}/${bucket}`;
  const now = options.now ?? (() => new Date());
  const { publicBaseUrl } = options;
  const baseUrl = typeof publicBaseUrl === "function" ? publicBaseUrl : () => publicBaseUrl;
  const fileOf = (key: string) => `${dir}/${checkAssetPath(key)}`;

  return {
    async put(key, bytes, contentType) {
      checkContentType(contentType);
      await putObject(fileOf(key), bytes, contentType, `${bucket}/${key}`);
    },

    async get(key) {
      const path = fileOf(key);
      try {
        return await Deno.readFile(path);
      } catch (err) {
        if (isMissing(err)) return null;
        throw new StorageError("unavailable", `could not read ${bucket}/${key}: ${messageOf(err)}`);
      }
    },

    async signedUrl(key, expiresInSeconds) {
      const path = fileOf(key);
      checkExpiresIn(expiresInSeconds);
      const exists = await isFile(path, `${bucket}/${key}`);
      if (!exists) throw new StorageError("not_found", `no object at ${bucket}/${key}`, 404);
      const token = await signObjectToken(secret, `${bucket}/${key}`, expiresInSeconds, now());
      const base = baseUrl().replace(/\/+$/, "");
      return `${base}${SIGNED_OBJECT_PREFIX}${bucket}/${key}?token=${token}`;
    },

    async delete(keys) {
      for (const path of keys.map(fileOf)) await removeObject(path, dir);
    },

    async *list() {
      yield* walk(dir, "");
    },

    serveSignedObject(request) {
      return serveSignedObjectRequest(request, {
        secret,
        now,
        hasBucket: (name) => name === bucket,
        open: (_, key) => openObject(fileOf(key)),
      });
    },
  };
}

/** A file and its sidecar, then the folders it leaves empty (up to the bucket's root). */
async function removeObject(path: string, root: string): Promise<void> {
  try {
    await removeIfPresent(sidecarOf(path));
    await removeIfPresent(path);
    await pruneEmptyFolders(parentOf(path), root);
  } catch (err) {
    throw new StorageError("unavailable", `could not delete ${path}: ${messageOf(err)}`);
  }
}

/** Objects under a folder: dot-names (sidecars, temporary files) are the backend's own. */
async function* walk(root: string, prefix: string): AsyncGenerator<ObjectInfo> {
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(prefix ? `${root}/${prefix}` : root));
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return;
    throw new StorageError("unavailable", `could not list ${root}: ${messageOf(err)}`);
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory) {
      yield* walk(root, path);
    } else if (entry.isFile) {
      const info = await Deno.stat(`${root}/${path}`).catch((err) => {
        if (err instanceof Deno.errors.NotFound) return null; // deleted while we listed
        throw err;
      });
      if (info) yield { path, updatedAt: info.mtime ?? new Date(0) };
    }
  }
}

async function removeIfPresent(path: string): Promise<void> {
  try {
    await Deno.remove(path);
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
}

/** Removes the folders a delete left empty, up to (not including) the bucket's folder. */
async function pruneEmptyFolders(folder: string, root: string): Promise<void> {
  for (let current = folder; current.length > root.length; current = parentOf(current)) {
    try {
      await Deno.remove(current);
    } catch {
      // Not empty (or already gone): the folders above are not empty either.
      return;
    }
  }
}

/** Writes beside the target, flushes, then renames: readers see the old file or the new one. */
async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${parentOf(path)}/.${nameOf(path)}.${crypto.randomUUID()}.tmp`;
  try {
    const file = await Deno.open(temp, { write: true, createNew: true });
    try {
      let written = 0;
      while (written < bytes.length) written += await file.write(bytes.subarray(written));
      await file.syncData();
    } finally {
      file.close();
    }
    await Deno.rename(temp, path);
  } catch (err) {
    await Deno.remove(temp).catch(() => {});
    throw err;
  }
}

async function contentTypeOf(path: string): Promise<string> {
  try {
    return JSON.parse(await Deno.readTextFile(sidecarOf(path))).contentType;
  } catch (err) {
    // A file put there by hand has no sidecar.
    if (err instanceof Deno.errors.NotFound) return FALLBACK_TYPE;
    throw err;
  }
}

const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/"));
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const sidecarOf = (path: string) => `${parentOf(path)}/.${nameOf(path)}.meta.json`;

/**
 * The key runs through a file or onto a folder: Supabase keys are flat names, but on disk
 * `a/b` cannot be both an object and the folder of `a/b/c`.
 */
const clashes = (err: unknown) =>
  err instanceof Deno.errors.NotADirectory || err instanceof Deno.errors.IsADirectory ||
  // mkdir of a folder where a file is
  err instanceof Deno.errors.AlreadyExists;

/** No object under the key. */
const isMissing = (err: unknown) => err instanceof Deno.errors.NotFound || clashes(err);

const messageOf = (err: unknown) => err instanceof Error ? err.message : String(err);
