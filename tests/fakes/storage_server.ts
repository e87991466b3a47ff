/**
 * A loopback Supabase Storage (the REST API supabase-js speaks) under <url>/storage/v1:
 *   POST|PUT /object/<bucket>/<key>            upload (POST honours x-upsert; PUT replaces)
 *   GET      /object[/authenticated]/<bucket>/<key>   download
 *   POST     /object/sign/<bucket>/<key>       {expiresIn} → {signedURL: "/object/sign/…?token="}
 *   GET|HEAD /object/sign/<bucket>/<key>?token  the signed URL (no key needed)
 *   DELETE   /object/<bucket>                  {prefixes: [key, …]} (1 to 1000) → the removed objects
 *   POST     /object/list/<bucket>             {prefix, limit, offset, sortBy} → one folder level
 * Every call but the last needs the server key in `apikey` and `Authorization: Bearer`, as the
 * platform's gateway and Storage check them. Errors have Storage's shape and its habit of
 * answering HTTP 400 with the real status in the body. Bodies stay bytes (uploads are binary),
 * so it runs its own server rather than the text-based loopback helper.
 */
import {
  routeNotFound,
  serveSignedObjectRequest,
  signObjectToken,
  storageError,
} from "../../shared/storage/signed_url.ts";

export interface FakeObject {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  cacheControl: string | null;
  /** When it was written; tests back-date objects. */
  updatedAt?: Date;
}

/** A failure the next request gets instead of its answer, before any check. */
export type StorageFault = "server_error" | "invalid_key" | "bucket_not_found";

export interface RecordedRequest {
  method: string;
  /** Path below /storage/v1, still percent-encoded. */
  path: string;
  headers: Headers;
}

export interface StorageFake {
  /** http://127.0.0.1:<port>: what SUPABASE_URL would be. */
  readonly url: string;
  /** The server key it accepts. */
  readonly key: string;
  /** Bucket → key → object; tests may add buckets or objects. */
  readonly buckets: Map<string, Map<string, FakeObject>>;
  readonly requests: RecordedRequest[];
  /** Consumed one per request, first in first out. */
  readonly faults: StorageFault[];
  close(): Promise<void>;
}

export interface StorageFakeOptions {
  key?: string;
  buckets?: string[];
}

const API = "/storage/v1";

export function startStorageFake(options: StorageFakeOptions = {}): StorageFake {
  const key = options.key ?? `sb_secret_${crypto.randomUUID().replaceAll("-", "")}`;
  // The project's JWT secret, which Storage signs URL tokens with.
  const secret = crypto.randomUUID() + crypto.randomUUID();
  const buckets = new Map<string, Map<string, FakeObject>>(
    (options.buckets ?? ["brand-assets"]).map((name) => [name, new Map()]),
  );
  const requests: RecordedRequest[] = [];
  const faults: StorageFault[] = [];

  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const { pathname } = new URL(req.url);
    const path = pathname.startsWith(`${API}/`) ? pathname.slice(API.length) : pathname;
    requests.push({ method: req.method, path, headers: req.headers });
    const fault = faults.shift();
    if (fault) return faultAnswer(fault);

    const sign = path.match(/^\/object\/sign\/([^/]+)\/(.+)$/);
    if (sign && (req.method === "GET" || req.method === "HEAD")) {
      return serveSignedObjectRequest(req, {
        secret,
        now: () => new Date(),
        hasBucket: (name) => buckets.has(name),
        open: (bucket, name) => Promise.resolve(opened(buckets.get(bucket)!.get(name))),
      });
    }
    const denied = checkKey(req.headers);
    if (denied) return denied;
    const list = path.match(/^\/object\/list\/([^/]+)$/);
    const remove = path.match(/^\/object\/([^/]+)$/);
    if ((list && req.method === "POST") || (remove && req.method === "DELETE")) {
      const bucket = buckets.get(decodeURIComponent((list ?? remove)![1]));
      if (!bucket) return noSuchBucket();
      return list ? await listFolder(req, bucket) : await removeObjects(req, bucket);
    }
    const target = sign ?? path.match(/^\/object\/(?:authenticated\/)?([^/]+)\/(.+)$/);
    if (!target) return routeNotFound(req);
    const [bucketName, name] = [decodeURIComponent(target[1]), decodeURIComponent(target[2])];
    const bucket = buckets.get(bucketName);
    if (!bucket) return noSuchBucket();

    if (sign && req.method === "POST") return await createSignedUrl(req, bucketName, name, bucket);
    if (sign) return routeNotFound(req);
    if (req.method === "POST" || req.method === "PUT") {
      return await upload(req, bucketName, name, bucket);
    }
    if (req.method === "GET") {
      const found = bucket.get(name);
      if (!found) return noSuchKey();
      return new Response(found.bytes, { headers: { "content-type": found.contentType } });
    }
    return routeNotFound(req);
  });

  function checkKey(headers: Headers): Response | undefined {
    if (headers.get("apikey") !== key) return invalidApiKey();
    if (headers.get("authorization") !== `Bearer ${key}`) {
      return storageError(403, "AccessDenied", "invalid signature", "Unauthorized");
    }
  }

  async function upload(
    req: Request,
    bucketName: string,
    name: string,
    bucket: Map<string, FakeObject>,
  ): Promise<Response> {
    const bytes = new Uint8Array(await req.arrayBuffer());
    const exists = bucket.has(name);
    if (req.method === "POST" && exists && req.headers.get("x-upsert") !== "true") {
      return storageError(409, "KeyAlreadyExists", "The resource already exists", "Duplicate");
    }
    if (req.method === "PUT" && !exists) return noSuchKey();
    bucket.set(name, {
      bytes,
      contentType: req.headers.get("content-type") ?? "application/octet-stream",
      cacheControl: req.headers.get("cache-control"),
      updatedAt: new Date(),
    });
    return Response.json({ Id: crypto.randomUUID(), Key: `${bucketName}/${name}` });
  }

  async function createSignedUrl(
    req: Request,
    bucketName: string,
    name: string,
    bucket: Map<string, FakeObject>,
  ): Promise<Response> {
    const { expiresIn } = await req.json();
    if (!Number.isInteger(expiresIn) || expiresIn < 1) {
      return storageError(400, "InvalidRequest", "body/expiresIn must be integer >= 1");
    }
    if (!bucket.has(name)) return noSuchKey();
    const token = await signObjectToken(secret, `${bucketName}/${name}`, expiresIn, new Date());
    return Response.json({ signedURL: `/object/sign/${bucketName}/${name}?token=${token}` });
  }

  async function removeObjects(req: Request, bucket: Map<string, FakeObject>): Promise<Response> {
    const { prefixes } = await req.json();
    if (!Array.isArray(prefixes) || prefixes.some((p) => typeof p !== "string")) {
      return storageError(400, "InvalidRequest", "body/prefixes must be array");
    }
    if (prefixes.length < 1) {
      return storageError(400, "InvalidRequest", "body/prefixes must NOT have fewer than 1 items");
    }
    if (prefixes.length > MAX_PREFIXES) {
      return storageError(
        400,
        "InvalidRequest",
        `body/prefixes must NOT have more than ${MAX_PREFIXES} items`,
      );
    }
    const removed = [];
    for (const name of prefixes as string[]) {
      const found = bucket.get(name);
      if (!found) continue;
      bucket.delete(name);
      removed.push({ name, ...fileFields(found) });
    }
    return Response.json(removed);
  }

  /** Like Storage's search: the entries one level below the prefix, folders without an id. */
  async function listFolder(req: Request, bucket: Map<string, FakeObject>): Promise<Response> {
    const body = await req.json();
    const limit = body.limit ?? 100;
    const offset = body.offset ?? 0;
    const prefix = body.prefix ? `${String(body.prefix).replace(/\/+$/, "")}/` : "";
    const entries = new Map<string, Record<string, unknown>>();
    for (const [name, object] of bucket) {
      if (!name.startsWith(prefix)) continue;
      const [first, ...rest] = name.slice(prefix.length).split("/");
      entries.set(
        first,
        rest.length > 0
          ? {
            name: first,
            id: null,
            updated_at: null,
            created_at: null,
            last_accessed_at: null,
            metadata: null,
          }
          : { name: first, ...fileFields(object) },
      );
    }
    const sorted = [...entries.values()].sort((a, b) =>
      String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0
    );
    return Response.json(sorted.slice(offset, offset + limit));
  }

  const { port } = server.addr as Deno.NetAddr;
  return {
    url: `http://127.0.0.1:${port}`,
    key,
    buckets,
    requests,
    faults,
    close: () => server.shutdown(),
  };
}

/** Storage's limit on the keys of one remove. */
const MAX_PREFIXES = 1000;

function fileFields(object: FakeObject) {
  const at = (object.updatedAt ?? new Date()).toISOString();
  return {
    id: crypto.randomUUID(),
    updated_at: at,
    created_at: at,
    last_accessed_at: at,
    metadata: { size: object.bytes.length, mimetype: object.contentType },
  };
}

function opened(object: FakeObject | undefined) {
  if (!object) return null;
  return {
    contentType: object.contentType,
    size: object.bytes.length,
    body: ReadableStream.from([object.bytes]),
  };
}

/** The platform gateway's answer to a key it does not know (before Storage sees the call). */
const invalidApiKey = () =>
  Response.json({
    message: "Invalid API key",
    hint: "Double check your Supabase `anon` or `service_role` API key.",
  }, { status: 401 });

const noSuchBucket = () =>
  storageError(404, "NoSuchBucket", "Bucket not found", "Bucket not found");
const noSuchKey = () => storageError(404, "NoSuchKey", "Object not found", "not_found");

function faultAnswer(fault: StorageFault): Response {
  switch (fault) {
    case "server_error":
      return storageError(500, "InternalError", "Internal server error");
    case "invalid_key":
      return invalidApiKey();
    case "bucket_not_found":
      return noSuchBucket();
  }
}
