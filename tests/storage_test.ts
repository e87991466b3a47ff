import assert from "node:assert/strict";
import { posix } from "node:path";
import fc from "fast-check";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { createLocalStorage, type LocalAssetStorage } from "../shared/storage/local.ts";
import {
  assetPath,
  checkAssetPath,
  checkBucketName,
  InvalidAssetPathError,
} from "../shared/storage/paths.ts";
import { signObjectToken } from "../shared/storage/signed_url.ts";
import { parseSecretKeys } from "../shared/config.ts";
import { serverKey } from "../shared/storage/keys.ts";
import { createSupabaseStorage } from "../shared/storage/supabase.ts";
import {
  type AssetStorage,
  checkContentType,
  checkExpiresIn,
  StorageError,
  type StorageFailure,
} from "../shared/storage/types.ts";
import { startStorageFake, type StorageFake } from "./fakes/storage_server.ts";

const OWNER = "6f1c2b1e-8a4d-4c3e-9f2a-1b2c3d4e5f60";
const OTHER = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
const GENERATION = "3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e5f6";
const BUCKET = "brand-assets";
const SECRET = "local-signing-secret-of-at-least-32-chars";
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
/** Every byte value: uploads must stay binary end to end. */
const PNG = Uint8Array.from({ length: 256 }, (_, i) => i);

const expectPathError = (fn: () => unknown, message: RegExp) =>
  assert.throws(
    fn,
    (err: unknown) => err instanceof InvalidAssetPathError && message.test(err.message),
  );

async function expectFailure(
  promise: Promise<unknown>,
  kind: StorageFailure,
): Promise<StorageError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof StorageError, `expected a StorageError, got ${err}`);
  assert.equal(err.kind, kind, err.message);
  return err;
}

// --- paths ---------------------------------------------------------------------------------

Deno.test("assetPath builds owner/generation/file keys with a lowercase owner", () => {
  assert.equal(
    assetPath(OWNER.toUpperCase(), GENERATION, "logo-1.svg"),
    `${OWNER}/${GENERATION}/logo-1.svg`,
  );
  assert.equal(assetPath(OWNER, "brand_kit.v2.zip"), `${OWNER}/brand_kit.v2.zip`);
});

Deno.test("assetPath refuses segments that would escape or change the folder structure", () => {
  expectPathError(() => assetPath("not-a-uuid", "a.svg"), /owner must be a user id/);
  expectPathError(() => assetPath(OWNER), /needs a file name/);
  expectPathError(() => assetPath(OWNER, "..", "a.svg"), /relative segments/);
  expectPathError(() => assetPath(OWNER, "a/b.svg"), /may only use/);
  expectPathError(() => assetPath(OWNER, "a\\b.svg"), /may only use/);
  expectPathError(() => assetPath(OWNER, ""), /empty path segments/);
  expectPathError(() => assetPath(OWNER, ".env"), /may not start with a dot/);
});

Deno.test("checkAssetPath rejects traversal, absolute paths and odd characters", () => {
  const g = `${OWNER}/${GENERATION}`;
  const cases: [string, RegExp][] = [
    ["", /empty/],
    [`/${g}/a.svg`, /absolute/],
    [`${g}/../../etc/passwd`, /relative segments/],
    [`${g}/./a.svg`, /relative segments/],
    [`${g}/..`, /relative segments/],
    [`${g}\\..\\a.svg`, /backslashes/],
    [`${g}/a\u0000.svg`, /control characters/],
    [`${g}/a\n.svg`, /control characters/],
    [`${g}/a\u007f.svg`, /control characters/],
    [`${g}//a.svg`, /empty path segments/],
    [`${g}/`, /empty path segments/],
    [`${g}/.a.svg.meta.json`, /may not start with a dot/],
    [`${g}/logo 1.svg`, /may only use/],
    [`${g}/%2e%2e`, /may only use/],
    [`${g}/C:a.svg`, /may only use/],
    [`${g}/logö.svg`, /may only use/],
    [`${g}/${"a".repeat(129)}`, /at most 128/],
    [`${OWNER}/${"a/".repeat(520)}b`, /longer than 1024/],
    [OWNER, /owner folder and a file name/],
    [`${GENERATION}x/a.svg`, /owner's user id/],
    [`${OWNER.toUpperCase()}/a.svg`, /owner's user id/],
    [`public/${OWNER}/a.svg`, /owner's user id/],
  ];
  for (const [path, message] of cases) expectPathError(() => checkAssetPath(path), message);
  assert.equal(checkAssetPath(`${g}/logo-1.svg`), `${g}/logo-1.svg`);
});

Deno.test("checkAssetPath with an owner refuses another user's key", () => {
  const key = assetPath(OWNER, GENERATION, "logo.svg");
  assert.equal(checkAssetPath(key, OWNER.toUpperCase()), key);
  expectPathError(() => checkAssetPath(key, OTHER), /another owner/);
});

Deno.test("property: an accepted key is normalized and stays inside its bucket folder", () => {
  const piece = fc.constantFrom(
    OWNER,
    OTHER,
    "..",
    ".",
    "",
    "/",
    "\\",
    "\u0000",
    "%2e",
    "a",
    "logo.svg",
    "-_.",
    "~",
    ":",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const path = pieces.join("");
      let accepted: string;
      try {
        accepted = checkAssetPath(path);
      } catch (err) {
        assert.ok(err instanceof InvalidAssetPathError);
        return;
      }
      assert.equal(posix.normalize(accepted), accepted);
      const root = "/srv/storage/brand-assets";
      assert.ok(posix.resolve(root, accepted).startsWith(`${root}/`));
      assert.ok(/^[0-9a-f-]{36}\//.test(accepted));
    }),
    { numRuns: 2000 },
  );
});

Deno.test("bucket names, content types and lifetimes are validated", () => {
  assert.equal(checkBucketName(BUCKET), BUCKET);
  for (const bad of ["", ".data", "-x", "Brand", "a/b", "a.b", "x".repeat(64)]) {
    assert.throws(() => checkBucketName(bad), InvalidAssetPathError);
  }
  assert.equal(checkContentType("image/svg+xml"), "image/svg+xml");
  assert.equal(checkContentType("text/plain; charset=utf-8"), "text/plain; charset=utf-8");
  for (const bad of ["", "svg", "image/png\r\nx-evil: 1", "image/ png"]) {
    assert.throws(() => checkContentType(bad), RangeError);
  }
  assert.equal(checkExpiresIn(3600), 3600);
  for (const bad of [0, -1, 1.5, Number.NaN, 604_801]) {
    assert.throws(() => checkExpiresIn(bad), RangeError);
  }
});

// --- local backend -------------------------------------------------------------------------

interface LocalFixture {
  root: string;
  storage: LocalAssetStorage;
  clock: { now: Date };
}

async function withLocal(fn: (fx: LocalFixture) => Promise<void>) {
  const root = await Deno.makeTempDir({ prefix: "storage_test_" });
  const clock = { now: new Date("2026-03-01T12:00:00.000Z") };
  const storage = createLocalStorage({
    root,
    bucket: BUCKET,
    publicBaseUrl: "http://127.0.0.1:54321/",
    secret: SECRET,
    now: () => clock.now,
  });
  try {
    await fn({ root, storage, clock });
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

const logoKey = assetPath(OWNER, GENERATION, "logo-1.svg");
const pngKey = assetPath(OWNER, GENERATION, "logo-1.png");

/** The signed URL as a request to serveSignedObject, with its path or token changed. */
function signedRequest(url: string, change: { path?: string; token?: string } = {}): Request {
  const u = new URL(url);
  if (change.path !== undefined) u.pathname = `/storage/v1/object/sign/${change.path}`;
  if (change.token !== undefined) u.searchParams.set("token", change.token);
  return new Request(u);
}

async function expectRefusal(response: Response, statusCode: string, code: string) {
  assert.equal(response.status, 400);
  const body = await response.json();
  assert.equal(body.statusCode, statusCode);
  assert.equal(body.code, code);
  assert.equal(typeof body.message, "string");
  return body;
}

Deno.test("local: put, get and replace keep exact bytes; missing keys read as null", async () => {
  await withLocal(async ({ root, storage }) => {
    await storage.put(pngKey, PNG, "image/png");
    assert.deepEqual(await storage.get(pngKey), PNG);
    await storage.put(pngKey, SVG, "image/svg+xml");
    assert.deepEqual(await storage.get(pngKey), SVG);

    assert.equal(await storage.get(assetPath(OWNER, GENERATION, "absent.svg")), null);
    // A folder of objects and a path through a file are not objects.
    assert.equal(await storage.get(`${OWNER}/${GENERATION}`), null);
    assert.equal(await storage.get(`${pngKey}/inside.svg`), null);
    // On disk a key cannot be both an object and a folder of objects.
    await expectFailure(storage.put(`${pngKey}/inside.svg`, SVG, "image/svg+xml"), "rejected");
    await expectFailure(storage.put(`${OWNER}/${GENERATION}`, SVG, "image/svg+xml"), "rejected");

    const folder = `${root}/${BUCKET}/${OWNER}/${GENERATION}`;
    const names = [];
    for await (const entry of Deno.readDir(folder)) names.push(entry.name);
    assert.deepEqual(names.sort(), [".logo-1.png.meta.json", "logo-1.png"], "no temp files left");
  });
});

Deno.test("local: invalid keys and content types never reach the disk", async () => {
  await withLocal(async ({ root, storage }) => {
    await assert.rejects(
      storage.put(`${OWNER}/../../escape.svg`, SVG, "image/svg+xml"),
      InvalidAssetPathError,
    );
    await assert.rejects(storage.get(`/${logoKey}`), InvalidAssetPathError);
    await assert.rejects(storage.signedUrl(`${OWNER}\\x.svg`, 60), InvalidAssetPathError);
    await assert.rejects(storage.put(logoKey, SVG, "image/svg+xml\r\nx: y"), RangeError);
    assert.deepEqual([...Deno.readDirSync(root)], []);
  });
});

Deno.test("local: signed URLs have Supabase's format and token claims", async () => {
  await withLocal(async ({ storage, clock }) => {
    await storage.put(logoKey, SVG, "image/svg+xml");
    const url = await storage.signedUrl(logoKey, 600);
    const prefix = `http://127.0.0.1:54321/storage/v1/object/sign/${BUCKET}/${logoKey}?token=`;
    assert.ok(url.startsWith(prefix), url);
    const token = new URL(url).searchParams.get("token")!;
    assert.deepEqual(decodeProtectedHeader(token), { alg: "HS256", typ: "JWT" });
    const iat = clock.now.getTime() / 1000;
    assert.deepEqual(decodeJwt(token), { url: `${BUCKET}/${logoKey}`, iat, exp: iat + 600 });
    await expectFailure(
      storage.signedUrl(assetPath(OWNER, GENERATION, "none.svg"), 60),
      "not_found",
    );
    await assert.rejects(storage.signedUrl(logoKey, 0), RangeError);
  });
});

Deno.test("local: a valid signed URL serves the bytes with the stored content type", async () => {
  await withLocal(async ({ storage }) => {
    await storage.put(logoKey, SVG, "image/svg+xml");
    await storage.put(pngKey, PNG, "image/png");

    const svg = await storage.serveSignedObject(
      signedRequest(await storage.signedUrl(logoKey, 60)),
    );
    assert.equal(svg.status, 200);
    assert.equal(svg.headers.get("content-type"), "image/svg+xml");
    assert.equal(svg.headers.get("content-length"), String(SVG.length));
    assert.equal(svg.headers.get("cache-control"), "private, max-age=60");
    assert.equal(svg.headers.get("x-content-type-options"), "nosniff");
    assert.match(svg.headers.get("content-security-policy")!, /sandbox/);
    assert.deepEqual(new Uint8Array(await svg.arrayBuffer()), SVG);

    const pngUrl = await storage.signedUrl(pngKey, 60);
    const png = await storage.serveSignedObject(signedRequest(pngUrl));
    assert.equal(png.headers.get("content-type"), "image/png");
    assert.deepEqual(new Uint8Array(await png.arrayBuffer()), PNG);

    const head = await storage.serveSignedObject(new Request(pngUrl, { method: "HEAD" }));
    assert.equal(head.status, 200);
    assert.equal(head.headers.get("content-length"), String(PNG.length));
    assert.equal(head.body, null);
  });
});

Deno.test("local: a file without a sidecar is served as octet-stream", async () => {
  await withLocal(async ({ root, storage }) => {
    await storage.put(pngKey, PNG, "image/png");
    await Deno.remove(`${root}/${BUCKET}/${OWNER}/${GENERATION}/.logo-1.png.meta.json`);
    const res = await storage.serveSignedObject(signedRequest(await storage.signedUrl(pngKey, 60)));
    assert.equal(res.headers.get("content-type"), "application/octet-stream");
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), PNG);
  });
});

Deno.test("local: tampered, foreign, unsigned and expired tokens are refused", async () => {
  await withLocal(async ({ storage, clock }) => {
    await storage.put(logoKey, SVG, "image/svg+xml");
    const url = await storage.signedUrl(logoKey, 60);
    const token = new URL(url).searchParams.get("token")!;
    const [header, payload, signature] = token.split(".");

    const flipped = signature[0] === "A" ? "B" : "A";
    const tampered = `${header}.${payload}.${flipped}${signature.slice(1)}`;
    const body = await expectRefusal(
      await storage.serveSignedObject(signedRequest(url, { token: tampered })),
      "400",
      "InvalidJWT",
    );
    assert.deepEqual(body, {
      statusCode: "400",
      code: "InvalidJWT",
      error: "InvalidJWT",
      message: "invalid signature",
    });

    // The claims of another key under the original signature.
    const otherClaims = btoa(JSON.stringify({ url: `${BUCKET}/${pngKey}`, exp: 4102444800 }))
      .replace(/=+$/, "").replaceAll("+", "-").replaceAll("/", "_");
    await expectRefusal(
      await storage.serveSignedObject(
        signedRequest(url, {
          path: `${BUCKET}/${pngKey}`,
          token: `${header}.${otherClaims}.${signature}`,
        }),
      ),
      "400",
      "InvalidJWT",
    );

    const foreign = await signObjectToken(
      "another-secret-of-at-least-32-chars!!",
      `${BUCKET}/${logoKey}`,
      60,
      clock.now,
    );
    await expectRefusal(
      await storage.serveSignedObject(signedRequest(url, { token: foreign })),
      "400",
      "InvalidJWT",
    );

    const unsigned = `${btoa('{"alg":"none","typ":"JWT"}').replace(/=+$/, "")}.${payload}.`;
    await expectRefusal(
      await storage.serveSignedObject(signedRequest(url, { token: unsigned })),
      "400",
      "InvalidJWT",
    );

    const missing = new URL(url);
    missing.search = "";
    await expectRefusal(
      await storage.serveSignedObject(new Request(missing)),
      "400",
      "MissingParameter",
    );

    clock.now = new Date(clock.now.getTime() + 61_000);
    const expired = await expectRefusal(
      await storage.serveSignedObject(signedRequest(url)),
      "400",
      "InvalidJWT",
    );
    assert.equal(expired.message, "jwt expired");
  });
});

Deno.test("local: a token only opens the key it was signed for", async () => {
  await withLocal(async ({ storage, clock, root }) => {
    await storage.put(logoKey, SVG, "image/svg+xml");
    await storage.put(pngKey, PNG, "image/png");
    const otherKey = assetPath(OTHER, GENERATION, "logo-1.svg");
    await storage.put(otherKey, SVG, "image/svg+xml");
    const url = await storage.signedUrl(logoKey, 60);

    // Same owner, another file; another owner's file; another bucket.
    for (
      const path of [`${BUCKET}/${pngKey}`, `${BUCKET}/${otherKey}`, `other-bucket/${logoKey}`]
    ) {
      await expectRefusal(
        await storage.serveSignedObject(signedRequest(url, { path })),
        "400",
        "InvalidSignature",
      );
    }

    // Requests with a raw (already percent-encoded) key after the bucket.
    const query = url.slice(url.indexOf("?"));
    const raw = (key: string, q = query) =>
      new Request(`http://127.0.0.1:54321/storage/v1/object/sign/${BUCKET}/${key}${q}`);
    // URL parsing resolves dot segments, %2e%2e included, before the handler sees the path.
    for (const key of [`${OWNER}/../../../../etc/passwd`, `${OWNER}/%2e%2e/%2e%2e/%2E%2E/x`]) {
      assert.equal((await storage.serveSignedObject(raw(key))).status, 404);
    }
    // Encoded slashes survive parsing: the decoded key no longer matches the token.
    for (const key of [`${OWNER}/..%2F..%2Fx`, `${OWNER}%2F${GENERATION}%2Flogo-1.svg%2F..`]) {
      await expectRefusal(await storage.serveSignedObject(raw(key)), "400", "InvalidSignature");
    }

    // Even a correctly signed token for a traversal key (a leaked secret) reads nothing outside.
    await Deno.writeTextFile(`${root}/secret.txt`, "outside the bucket");
    const escape = `${OWNER}/../../secret.txt`;
    const forged = await signObjectToken(SECRET, `${BUCKET}/${escape}`, 60, clock.now);
    const traversal = raw(`${OWNER}/..%2F..%2Fsecret.txt`, `?token=${forged}`);
    const refused = await expectRefusal(
      await storage.serveSignedObject(traversal),
      "400",
      "InvalidKey",
    );
    assert.equal(refused.message, `Invalid key: ${escape}`);

    // A signed key whose object is gone; a signed key in a bucket this store does not hold.
    await Deno.remove(`${root}/${BUCKET}/${OWNER}/${GENERATION}/logo-1.png`);
    const gone = await signObjectToken(SECRET, `${BUCKET}/${pngKey}`, 60, clock.now);
    const body = await expectRefusal(
      await storage.serveSignedObject(
        signedRequest(url, { path: `${BUCKET}/${pngKey}`, token: gone }),
      ),
      "404",
      "NoSuchKey",
    );
    assert.deepEqual(body, {
      statusCode: "404",
      code: "NoSuchKey",
      error: "not_found",
      message: "Object not found",
    });
    const elsewhere = await signObjectToken(SECRET, `other-bucket/${logoKey}`, 60, clock.now);
    await expectRefusal(
      await storage.serveSignedObject(
        signedRequest(url, { path: `other-bucket/${logoKey}`, token: elsewhere }),
      ),
      "404",
      "NoSuchBucket",
    );
    assert.equal(
      (await storage.serveSignedObject(new Request(url, { method: "POST" }))).status,
      404,
    );
  });
});

Deno.test("local: signed URLs work over HTTP once the server's port is known", async () => {
  const root = await Deno.makeTempDir({ prefix: "storage_test_" });
  let base = "";
  const storage = createLocalStorage({
    root,
    bucket: BUCKET,
    publicBaseUrl: () => base,
    secret: SECRET,
  });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    (req) => storage.serveSignedObject(req),
  );
  try {
    base = `http://127.0.0.1:${(server.addr as Deno.NetAddr).port}`;
    await storage.put(pngKey, PNG, "image/png");
    const url = await storage.signedUrl(pngKey, 60);
    assert.ok(url.startsWith(`${base}/storage/v1/object/sign/`));
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "image/png");
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), PNG);
  } finally {
    await server.shutdown();
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("local: delete removes objects, their sidecars and emptied folders; signed URLs die", async () => {
  await withLocal(async ({ root, storage }) => {
    const other = assetPath(OTHER, GENERATION, "kit.zip");
    await storage.put(logoKey, SVG, "image/svg+xml");
    await storage.put(pngKey, PNG, "image/png");
    await storage.put(other, PNG, "application/zip");
    const url = await storage.signedUrl(logoKey, 600);
    assert.equal((await storage.serveSignedObject(signedRequest(url))).status, 200);

    await storage.delete([logoKey, assetPath(OWNER, GENERATION, "never-stored.svg")]);
    assert.equal(await storage.get(logoKey), null);
    assert.deepEqual(await storage.get(pngKey), PNG, "other keys stay");
    const gone = await storage.serveSignedObject(signedRequest(url));
    assert.equal(gone.status, 400);
    assert.equal((await gone.json()).statusCode, "404");
    await expectFailure(storage.signedUrl(logoKey, 60), "not_found");

    await storage.delete([pngKey]);
    assert.equal(
      await Deno.stat(`${root}/${BUCKET}/${OWNER}`).then(() => true, () => false),
      false,
      "the owner's emptied folders are gone",
    );
    assert.deepEqual(await storage.get(other), PNG);
    await assert.rejects(storage.delete([`${OWNER}/../x.svg`]), InvalidAssetPathError);
  });
});

Deno.test("local: list walks every object with its write time, never sidecars", async () => {
  await withLocal(async ({ storage }) => {
    assert.deepEqual(await Array.fromAsync(storage.list()), [], "an empty bucket lists nothing");
    const keys = [logoKey, pngKey, assetPath(OTHER, GENERATION, "kit.zip")];
    for (const key of keys) await storage.put(key, SVG, "image/svg+xml");
    const listed = await Array.fromAsync(storage.list());
    assert.deepEqual(listed.map((o) => o.path), [...keys].sort());
    for (const o of listed) assert.ok(Math.abs(o.updatedAt.getTime() - Date.now()) < 60_000);
  });
});

Deno.test("local: a short signing secret is refused", () => {
  assert.throws(
    () => createLocalStorage({ bucket: BUCKET, publicBaseUrl: "http://x", secret: "short" }),
    RangeError,
  );
});

// --- Supabase backend through supabase-js against the fake Storage ------------------------------

async function withFake(fn: (fake: StorageFake, storage: AssetStorage) => Promise<void>) {
  const fake = startStorageFake();
  try {
    await fn(fake, createSupabaseStorage({ url: fake.url, key: fake.key, bucket: BUCKET }));
  } finally {
    await fake.close();
  }
}

Deno.test("supabase: put, get and signedUrl speak Storage's REST protocol", async () => {
  await withFake(async (fake, storage) => {
    await storage.put(pngKey, PNG, "image/png");
    const upload = fake.requests.at(-1)!;
    assert.equal(upload.method, "POST");
    assert.equal(upload.path, `/object/${BUCKET}/${pngKey}`);
    assert.equal(upload.headers.get("apikey"), fake.key);
    assert.equal(upload.headers.get("authorization"), `Bearer ${fake.key}`);
    assert.equal(upload.headers.get("x-upsert"), "true");
    assert.equal(upload.headers.get("content-type"), "image/png");
    assert.deepEqual(fake.buckets.get(BUCKET)!.get(pngKey)!.bytes, PNG);

    // upsert: a second put replaces the object.
    await storage.put(pngKey, SVG, "image/svg+xml");
    assert.deepEqual(await storage.get(pngKey), SVG);
    assert.equal(fake.requests.at(-1)!.path, `/object/${BUCKET}/${pngKey}`);
    assert.equal(await storage.get(assetPath(OWNER, GENERATION, "absent.png")), null);

    const url = await storage.signedUrl(pngKey, 120);
    assert.ok(url.startsWith(`${fake.url}/storage/v1/object/sign/${BUCKET}/${pngKey}?token=`), url);
    const sign = fake.requests.at(-1)!;
    assert.equal(sign.method, "POST");
    assert.equal(sign.headers.get("authorization"), `Bearer ${fake.key}`);
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "image/svg+xml");
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), SVG);
    const claims = decodeJwt(new URL(url).searchParams.get("token")!);
    assert.equal(claims.url, `${BUCKET}/${pngKey}`);
    assert.equal(claims.exp! - claims.iat!, 120);

    await expectFailure(
      storage.signedUrl(assetPath(OWNER, GENERATION, "absent.png"), 60),
      "not_found",
    );
  });
});

Deno.test("supabase: local and Supabase signed URLs share one shape", async () => {
  await withFake(async (_fake, remote) => {
    await withLocal(async ({ storage: local }) => {
      await remote.put(logoKey, SVG, "image/svg+xml");
      await local.put(logoKey, SVG, "image/svg+xml");
      const shape = (url: string) => {
        const u = new URL(url);
        const token = u.searchParams.get("token")!;
        return {
          path: u.pathname,
          query: [...u.searchParams.keys()],
          header: decodeProtectedHeader(token).alg,
          claims: Object.keys(decodeJwt(token)).sort(),
        };
      };
      assert.deepEqual(
        shape(await local.signedUrl(logoKey, 60)),
        shape(await remote.signedUrl(logoKey, 60)),
      );
    });
  });
});

Deno.test("supabase: keys are validated before any request", async () => {
  await withFake(async (fake, storage) => {
    await assert.rejects(
      storage.put(`${OWNER}/../x.svg`, SVG, "image/svg+xml"),
      InvalidAssetPathError,
    );
    await assert.rejects(storage.get(`${OWNER}`), InvalidAssetPathError);
    await assert.rejects(storage.signedUrl(logoKey, 10_000_000), RangeError);
    assert.equal(fake.requests.length, 0);
  });
});

Deno.test("supabase: a refused key, a missing bucket and outages become StorageErrors", async () => {
  const fake = startStorageFake();
  try {
    const wrongKey = "sb_secret_wrongwrongwrongwrongwrong";
    const badKey = createSupabaseStorage({ url: fake.url, key: wrongKey, bucket: BUCKET });
    const refused = await expectFailure(badKey.put(logoKey, SVG, "image/svg+xml"), "misconfigured");
    assert.equal(refused.status, 401);
    assert.ok(!refused.message.includes(wrongKey) && !refused.message.includes(fake.key));
    assert.match(refused.message, /Invalid API key/);

    const noBucket = createSupabaseStorage({ url: fake.url, key: fake.key, bucket: "missing" });
    const missing = await expectFailure(
      noBucket.put(logoKey, SVG, "image/svg+xml"),
      "misconfigured",
    );
    assert.equal(missing.status, 404);
    // A missing bucket is not a missing object: get throws instead of answering null.
    await expectFailure(noBucket.get(logoKey), "misconfigured");

    const storage = createSupabaseStorage({ url: fake.url, key: fake.key, bucket: BUCKET });
    fake.faults.push("server_error", "invalid_key", "bucket_not_found");
    const outage = await expectFailure(storage.put(logoKey, SVG, "image/svg+xml"), "unavailable");
    assert.equal(outage.status, 500);
    await expectFailure(storage.get(logoKey), "misconfigured");
    await expectFailure(storage.signedUrl(logoKey, 60), "misconfigured");
    await storage.put(logoKey, SVG, "image/svg+xml");
    assert.deepEqual(await storage.get(logoKey), SVG);
  } finally {
    await fake.close();
  }
  // Nothing listens any more.
  const gone = createSupabaseStorage({ url: fake.url, key: fake.key, bucket: BUCKET });
  await expectFailure(gone.get(logoKey), "unavailable");
});

Deno.test("supabase: the fake refuses what real Storage refuses", async () => {
  await withFake(async (fake) => {
    const api = `${fake.url}/storage/v1`;
    const headers = { apikey: fake.key, authorization: `Bearer ${fake.key}` };
    const put = (method: string, extra: Record<string, string> = {}) =>
      fetch(`${api}/object/${BUCKET}/${logoKey}`, {
        method,
        headers: { ...headers, "content-type": "image/svg+xml", ...extra },
        body: SVG,
      });
    assert.equal((await put("PUT")).status, 400, "PUT replaces only");
    assert.equal((await put("POST")).status, 200);
    const duplicate = await put("POST", { "x-upsert": "false" });
    assert.equal((await duplicate.json()).statusCode, "409");
    const anon = await fetch(`${api}/object/${BUCKET}/${logoKey}`, {
      headers: { apikey: fake.key, authorization: "Bearer someone-else" },
    });
    assert.equal((await anon.json()).statusCode, "403");
  });
});

Deno.test("supabase: delete removes objects in batches of at most 1000 keys", async () => {
  await withFake(async (fake, storage) => {
    const bucket = fake.buckets.get(BUCKET)!;
    const keys = Array.from({ length: 2500 }, (_, i) => assetPath(OWNER, GENERATION, `f${i}.png`));
    for (const key of keys.slice(0, 2400)) {
      bucket.set(key, { bytes: new Uint8Array(PNG), contentType: "image/png", cacheControl: null });
    }
    await storage.put(logoKey, SVG, "image/svg+xml");
    const url = await storage.signedUrl(logoKey, 600);
    fake.requests.length = 0;

    await storage.delete([...keys, logoKey]);
    const removes = fake.requests.filter((r) => r.method === "DELETE");
    assert.deepEqual(removes.map((r) => r.path), Array(3).fill(`/object/${BUCKET}`));
    assert.equal(bucket.size, 0);
    assert.equal((await fetch(url)).status, 400, "the signed URL of a removed object fails");
    await storage.delete([]);
    assert.equal(fake.requests.filter((r) => r.method === "DELETE").length, 3, "nothing to send");
  });
});

Deno.test("supabase: the fake's remove refuses more than 1000 keys, as Storage does", async () => {
  await withFake(async (fake) => {
    const res = await fetch(`${fake.url}/storage/v1/object/${BUCKET}`, {
      method: "DELETE",
      headers: {
        apikey: fake.key,
        authorization: `Bearer ${fake.key}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ prefixes: Array.from({ length: 1001 }, (_, i) => `x/${i}`) }),
    });
    const body = await res.json();
    assert.equal(body.statusCode, "400");
    assert.match(body.message, /more than 1000/);
  });
});

Deno.test("supabase: list walks folders page by page; failures are StorageErrors", async () => {
  await withFake(async (fake, storage) => {
    const bucket = fake.buckets.get(BUCKET)!;
    const old = new Date("2026-01-01T00:00:00Z");
    const many = Array.from({ length: 1001 }, (_, i) => assetPath(OWNER, GENERATION, `f${i}.png`));
    const keys = [...many, assetPath(OTHER, GENERATION, "kit.zip")];
    for (const key of keys) {
      bucket.set(key, { bytes: SVG, contentType: "image/png", cacheControl: null, updatedAt: old });
    }
    const listed = await Array.fromAsync(storage.list());
    assert.deepEqual(listed.map((o) => o.path).sort(), [...keys].sort());
    assert.ok(listed.every((o) => o.updatedAt.getTime() === old.getTime()));
    const lists = fake.requests.filter((r) => r.path === `/object/list/${BUCKET}`);
    assert.equal(lists.length, 6, "root, 2 owners, 2 folders, a second page of 1001 files");

    fake.faults.push("server_error");
    await expectFailure(Array.fromAsync(storage.list()), "unavailable");
    fake.faults.push("server_error");
    await expectFailure(storage.delete([logoKey]), "unavailable");
  });
});

Deno.test("serverKey prefers the default secret key over the service_role JWT", () => {
  const keys = parseSecretKeys('{"default":"sb_secret_abc","ci":"sb_secret_def"}');
  assert.equal(
    serverKey({ SUPABASE_SECRET_KEYS: keys, SUPABASE_SERVICE_ROLE_KEY: "eyJ.legacy" }),
    "sb_secret_abc",
  );
  assert.equal(serverKey({ SUPABASE_SERVICE_ROLE_KEY: "eyJ.legacy" }), "eyJ.legacy");
  assert.equal(
    serverKey({
      SUPABASE_SECRET_KEYS: parseSecretKeys('{"ci":"sb_secret_def"}'),
      SUPABASE_SERVICE_ROLE_KEY: "eyJ.legacy",
    }),
    "eyJ.legacy",
  );
  assert.equal(serverKey({}), undefined);
  for (
    const raw of ["sb_secret_leak", '["sb_secret_leak"]', '{"default":1}', '{"default":""}', "null"]
  ) {
    assert.throws(() => parseSecretKeys(raw), (err: Error) => !err.message.includes("leak"));
  }
});
