// jose's entry points, not its index: the index loads every JOSE algorithm family (about 150
// files) at start-up.
import { decodeProtectedHeader } from "jose/decode/protected_header";
import { createLocalJWKSet } from "jose/jwks/local";
import { createRemoteJWKSet } from "jose/jwks/remote";
import { jwtVerify } from "jose/jwt/verify";
import type { JWK, JWTPayload } from "jose";
import type { Config } from "../config.ts";
import { storableProblem } from "../storable.ts";
import { createTokenCache, type TokenCache } from "./token_cache.ts";

/** The verified claims of a Supabase user token, as Postgres sees them in request.jwt.claims. */
export interface UserClaims extends JWTPayload {
  sub: string;
  role: "authenticated";
  email?: string;
}

export interface AuthUser {
  id: string;
  claims: UserClaims;
}

export class TokenRejected extends Error {
  override name = "TokenRejected";
}

export type TokenVerifier = (token: string) => Promise<AuthUser>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ASYMMETRIC = ["ES256", "RS256", "EdDSA"];

export interface VerifierOptions {
  /** The clock, in ms since the epoch; tests move it. */
  now?: () => number;
  /** Tokens already verified (token_cache.ts); default: up to 1,000 per isolate. */
  cache?: TokenCache;
}

/** The signed-in user a verified token names; anything else is refused. */
function userOf(payload: JWTPayload): AuthUser {
  if (payload.role !== "authenticated") throw new TokenRejected("a user token is required");
  if (typeof payload.sub !== "string" || !UUID.test(payload.sub)) {
    throw new TokenRejected("token has no user id");
  }
  // The claims become request.jwt.claims in Postgres (auth.uid()): text it cannot hold
  // (NUL, lone surrogates) would fail every query, so such a token is refused here.
  if (storableProblem(payload)) throw new TokenRejected("token claims cannot be stored");
  return Object.freeze({
    id: payload.sub.toLowerCase(),
    claims: Object.freeze(payload) as UserClaims,
  });
}

/**
 * Verifies Supabase user JWTs: asymmetric signing keys from the project's JWKS
 * (inline SUPABASE_JWKS, else fetched from the Auth server) and the legacy HS256 secret.
 * Only `role: authenticated` tokens with a user id pass: the anon key does not.
 * A verified token is remembered until its `exp`, so repeated calls skip the signature check.
 */
export function createTokenVerifier(
  config: Pick<Config, "SUPABASE_URL" | "SUPABASE_JWKS" | "JWT_SECRET" | "JWT_AUDIENCE" | "issuer">,
  { now = Date.now, cache = createTokenCache() }: VerifierOptions = {},
): TokenVerifier {
  const jwks = config.SUPABASE_JWKS
    ? createLocalJWKSet(config.SUPABASE_JWKS as { keys: JWK[] })
    : createRemoteJWKSet(new URL("auth/v1/.well-known/jwks.json", config.SUPABASE_URL + "/"), {
      timeoutDuration: 3_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 600_000,
    });
  const secret = config.JWT_SECRET ? new TextEncoder().encode(config.JWT_SECRET) : undefined;
  const options = {
    issuer: config.issuer,
    audience: config.JWT_AUDIENCE,
    requiredClaims: ["exp", "sub"],
  };

  const verify = async (token: string, currentDate: Date): Promise<AuthUser> => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenRejected("malformed token");
    }
    let payload: JWTPayload;
    try {
      if (alg === "HS256") {
        if (!secret) throw new TokenRejected("HS256 tokens are not accepted");
        payload =
          (await jwtVerify(token, secret, { ...options, currentDate, algorithms: ["HS256"] }))
            .payload;
      } else {
        payload =
          (await jwtVerify(token, jwks, { ...options, currentDate, algorithms: ASYMMETRIC }))
            .payload;
      }
    } catch (err) {
      if (err instanceof TokenRejected) throw err;
      const code = (err as { code?: string }).code ?? "";
      throw new TokenRejected(code === "ERR_JWT_EXPIRED" ? "token expired" : "invalid token");
    }
    return userOf(payload);
  };

  return async (token) => {
    const nowMs = now();
    const known = cache.get(token, nowMs);
    if (known) return known;
    const user = await verify(token, new Date(nowMs));
    // requiredClaims makes exp present; jose has checked it is a number in the future.
    cache.set(token, user, (user.claims.exp as number) * 1000);
    return user;
  };
}

/** `Bearer <token>` → token; anything else → undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = header?.match(/^Bearer\s+([A-Za-z0-9_\-\.]+)\s*$/i);
  return match?.[1];
}
