/**
 * Supabase Storage's signed-URL protocol, for the local backend (and the tests' fake Storage):
 *
 *   <base>/storage/v1/object/sign/<bucket>/<key>?token=<JWT>
 *
 * The token is an HS256 JWT over { url: "<bucket>/<key>", iat, exp } signed with a server
 * secret (the project's JWT secret on Supabase). Answers and error bodies copy Storage's, so
 * clients handle a local signed URL exactly like a deployed one.
 */
import * as errors from "jose/errors";
import { SignJWT } from "jose/jwt/sign";
import { jwtVerify } from "jose/jwt/verify";
import { InvalidAssetPathError } from "./paths.ts";

export const SIGNED_OBJECT_PREFIX = "/storage/v1/object/sign/";

const secretKey = (secret: string) => new TextEncoder().encode(secret);

export async function signObjectToken(
  secret: string,
  url: string,
  expiresInSeconds: number,
  now: Date,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return await new SignJWT({ url })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresInSeconds)
    .sign(secretKey(secret));
}

/** A verified token's claims. */
export interface ObjectClaims {
  url: unknown;
  exp: number;
}

/**
 * Verifies signature and expiry. Failures carry the messages of the `jsonwebtoken` library
 * Storage verifies with ("jwt expired", "invalid signature", "jwt malformed").
 */
export async function verifyObjectToken(
  secret: string,
  token: string,
  now: Date,
): Promise<ObjectClaims> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      algorithms: ["HS256"],
      currentDate: now,
      requiredClaims: ["exp"],
    });
    return { url: payload.url, exp: payload.exp! };
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new Error("jwt expired");
    if (err instanceof errors.JWSSignatureVerificationFailed) throw new Error("invalid signature");
    if (err instanceof errors.JOSEAlgNotAllowed) throw new Error("invalid algorithm");
    throw new Error("jwt malformed");
  }
}

/**
 * Storage's error answer. The real status rides in the body: the HTTP status is 400 for every
 * client error (a legacy choice Storage keeps) and 500 only for 500 itself.
 */
export function storageError(
  statusCode: number,
  code: string,
  message: string,
  error: string = code,
): Response {
  return Response.json(
    { statusCode: String(statusCode), code, error, message },
    { status: statusCode === 500 ? 500 : 400 },
  );
}

/** The router's answer (Fastify's) for a path or method Storage has no route for. */
export function routeNotFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return Response.json(
    {
      statusCode: 404,
      error: "Not Found",
      message: `Route ${request.method}:${pathname} not found`,
    },
    { status: 404 },
  );
}

export interface SignedObject {
  contentType: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

/** What a signed-object server needs from the store behind it. */
export interface SignedObjectSource {
  secret: string;
  now(): Date;
  hasBucket(bucket: string): boolean;
  /** The object or null. May throw InvalidAssetPathError for a key the store refuses. */
  open(bucket: string, key: string): Promise<SignedObject | null>;
}

/** The object's answer: private caching while the URL is valid, no sniffing, no scripts. */
async function objectResponse(
  request: Request,
  object: SignedObject,
  secondsLeft: number,
): Promise<Response> {
  const headers = {
    "content-type": object.contentType,
    "content-length": String(object.size),
    // Cacheable by the holder while the URL is valid, never by shared caches.
    "cache-control": `private, max-age=${Math.max(0, secondsLeft)}`,
    // Objects include SVG served from the API's own origin: no sniffing, no scripts.
    "x-content-type-options": "nosniff",
    "content-security-policy":
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
  };
  if (request.method === "HEAD") {
    await object.body.cancel();
    return new Response(null, { headers });
  }
  return new Response(object.body, { headers });
}

/**
 * GET/HEAD <prefix><bucket>/<key>?token=…, checked in Storage's order: token (signature and
 * expiry), then the token's url against the requested path, then bucket and object. A token
 * is only good for the exact key it was signed for, so a swapped or re-encoded path fails.
 */
export async function serveSignedObjectRequest(
  request: Request,
  source: SignedObjectSource,
): Promise<Response> {
  const url = new URL(request.url);
  const rest = url.pathname.startsWith(SIGNED_OBJECT_PREFIX)
    ? url.pathname.slice(SIGNED_OBJECT_PREFIX.length)
    : "";
  const slash = rest.indexOf("/");
  if ((request.method !== "GET" && request.method !== "HEAD") || slash < 1) {
    return routeNotFound(request);
  }
  let bucket: string;
  let key: string;
  try {
    bucket = decodeURIComponent(rest.slice(0, slash));
    key = decodeURIComponent(rest.slice(slash + 1));
  } catch {
    return storageError(400, "InvalidKey", "Invalid key: the path is not valid percent-encoding");
  }

  const token = url.searchParams.get("token");
  if (!token) return storageError(400, "MissingParameter", "Missing Required Parameter token");
  const now = source.now();
  let claims: ObjectClaims;
  try {
    claims = await verifyObjectToken(source.secret, token, now);
  } catch (err) {
    return storageError(400, "InvalidJWT", (err as Error).message);
  }
  if (claims.url !== `${bucket}/${key}`) {
    return storageError(400, "InvalidSignature", "Invalid signature");
  }
  if (!source.hasBucket(bucket)) {
    return storageError(404, "NoSuchBucket", "Bucket not found", "Bucket not found");
  }

  let object: SignedObject | null;
  try {
    object = await source.open(bucket, key);
  } catch (err) {
    if (err instanceof InvalidAssetPathError) {
      return storageError(400, "InvalidKey", `Invalid key: ${key}`);
    }
    throw err;
  }
  if (!object) return storageError(404, "NoSuchKey", "Object not found", "not_found");

  return objectResponse(request, object, claims.exp - Math.floor(now.getTime() / 1000));
}
