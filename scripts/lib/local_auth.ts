import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";

/**
 * The local stand-in for Supabase Auth's signing key: an ES256 key pair kept in
 * .data/local-jwt-key.json, created on first use. scripts/token signs with it and the
 * local stack verifies against its public JWKS, as the platform does with SUPABASE_JWKS.
 */
export const LOCAL_KEY_FILE = new URL("../../.data/local-jwt-key.json", import.meta.url);

export interface LocalKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function createKey(kid: string = crypto.randomUUID()): Promise<LocalKey> {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const base = { kid, alg: "ES256", use: "sig" };
  return {
    kid,
    privateJwk: { ...await exportJWK(privateKey), ...base },
    publicJwk: { ...await exportJWK(publicKey), ...base },
  };
}

/** Reads the local key, creating it once (createNew makes concurrent first runs agree). */
export async function localKey(file: URL = LOCAL_KEY_FILE): Promise<LocalKey> {
  try {
    return JSON.parse(await Deno.readTextFile(file));
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  await Deno.mkdir(new URL(".", file), { recursive: true });
  const key = await createKey();
  try {
    await Deno.writeTextFile(file, JSON.stringify(key), { createNew: true, mode: 0o600 });
    return key;
  } catch (err) {
    if (err instanceof Deno.errors.AlreadyExists) return JSON.parse(await Deno.readTextFile(file));
    throw err;
  }
}

export const jwksOf = (key: LocalKey) => ({ keys: [key.publicJwk] });

export interface TokenOptions {
  sub: string;
  email?: string;
  role?: string;
  issuer: string;
  audience?: string;
  ttlSeconds?: number;
}

/** A token shaped like Supabase Auth's access tokens. */
export async function signToken(key: LocalKey, o: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return await new SignJWT({
    role: o.role ?? "authenticated",
    email: o.email,
    aal: "aal1",
    session_id: crypto.randomUUID(),
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
    .setIssuer(o.issuer)
    .setSubject(o.sub)
    .setAudience(o.audience ?? "authenticated")
    .setIssuedAt(now)
    .setExpirationTime(now + (o.ttlSeconds ?? 3600))
    .sign(await importJWK(key.privateJwk, "ES256"));
}
