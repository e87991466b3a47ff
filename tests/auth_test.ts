import assert from "node:assert/strict";
import { SignJWT } from "jose";
import { createTokenCache } from "../shared/auth/token_cache.ts";
import { createTokenVerifier, TokenRejected } from "../shared/auth/verify.ts";
import { ConfigError, loadConfig } from "../shared/config.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { createKey, jwksOf, signToken } from "../scripts/lib/local_auth.ts";
import {
  client,
  newUserId,
  TEST_ISSUER,
  TEST_SUPABASE_URL,
  testDeps,
  testKey,
  tokenFor,
} from "./helpers/app.ts";
import { freshPglite } from "./helpers/db.ts";
import { test } from "./helpers/test.ts";

const LEGACY_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";
const database = await freshPglite();
const deps = await testDeps(database, { JWT_SECRET: LEGACY_SECRET });
const call = client(createProjectsApp({ deps: async () => deps }), "projects");

async function expect401(authorization: string | undefined, why: string) {
  const res = await call("GET", "", { headers: authorization ? { authorization } : {} });
  assert.equal(res.status, 401, why);
  assert.equal(res.json.error, "unauthorized", why);
  assert.ok(res.json.request_id, why);
}

const b64url = (v: unknown) =>
  btoa(JSON.stringify(v)).replaceAll("=", "").replaceAll("+", "-").replaceAll("/", "_");
const now = () => Math.floor(Date.now() / 1000);

test("a valid user token (ES256 from the JWKS) is accepted", async () => {
  const res = await call("GET", "", { token: await tokenFor(newUserId()) });
  assert.equal(res.status, 200);
});

test("missing and malformed Authorization headers are 401", async () => {
  await expect401(undefined, "no header");
  await expect401("Basic dXNlcjpwYXNz", "basic auth");
  await expect401("Bearer", "bearer without token");
  await expect401("Bearer not-a-jwt", "not a JWT");
  await expect401("Bearer a.b.c", "garbage segments");
  await expect401(`Bearer ${await tokenFor(newUserId())}x`, "tampered signature");
});

test("an expired token is 401 and says so", async () => {
  const res = await call("GET", "", { token: await tokenFor(newUserId(), { ttlSeconds: -60 }) });
  assert.equal(res.status, 401);
  assert.match(res.json.message, /expired/);
});

test("a token signed by another key, even with our kid, is 401", async () => {
  const forger = await createKey("test-key");
  await expect401(
    `Bearer ${await signToken(forger, { sub: newUserId(), issuer: TEST_ISSUER })}`,
    "forged",
  );
});

test("alg none is 401", async () => {
  const unsigned = `${b64url({ alg: "none", typ: "JWT" })}.${
    b64url({
      sub: newUserId(),
      role: "authenticated",
      iss: TEST_ISSUER,
      aud: "authenticated",
      exp: now() + 600,
    })
  }.`;
  await expect401(`Bearer ${unsigned}`, "alg none");
});

test("the anon key, a service_role key and other roles are 401", async () => {
  const key = await testKey();
  await expect401(
    `Bearer ${await signToken(key, { sub: newUserId(), issuer: TEST_ISSUER, role: "anon" })}`,
    "anon",
  );
  // Legacy anon/service keys: HS256 with iss "supabase" and no sub.
  const secret = new TextEncoder().encode(LEGACY_SECRET);
  for (const role of ["anon", "service_role"]) {
    const legacyKey = await new SignJWT({ role, iss: "supabase", ref: "local" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuedAt().setExpirationTime("1h").sign(
        secret,
      );
    await expect401(`Bearer ${legacyKey}`, `legacy ${role} key`);
  }
});

test("wrong issuer, wrong audience and a non-UUID subject are 401", async () => {
  const key = await testKey();
  await expect401(
    `Bearer ${await signToken(key, { sub: newUserId(), issuer: "https://evil.example/auth/v1" })}`,
    "issuer",
  );
  await expect401(
    `Bearer ${await signToken(key, { sub: newUserId(), issuer: TEST_ISSUER, audience: "other" })}`,
    "audience",
  );
  await expect401(
    `Bearer ${await signToken(key, { sub: "not-a-uuid", issuer: TEST_ISSUER })}`,
    "subject",
  );
});

test("legacy HS256 user tokens are accepted with the project's JWT secret, refused with another", async () => {
  const sign = (secret: string) =>
    new SignJWT({ role: "authenticated" }).setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer(TEST_ISSUER).setAudience("authenticated").setSubject(newUserId()).setIssuedAt()
      .setExpirationTime("1h").sign(new TextEncoder().encode(secret));
  assert.equal((await call("GET", "", { token: await sign(LEGACY_SECRET) })).status, 200);
  await expect401(
    `Bearer ${await sign("another-secret-that-is-also-long-enough-000")}`,
    "wrong secret",
  );

  const noSecretDeps = await testDeps(database);
  const strict = client(createProjectsApp({ deps: async () => noSecretDeps }), "projects");
  assert.equal(
    (await strict("GET", "", { token: await sign(LEGACY_SECRET) })).status,
    401,
    "HS256 off without a secret",
  );
});

test("a validly signed token whose claims Postgres cannot store is 401", async () => {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({ role: "authenticated", ...claims }).setProtectedHeader({ alg: "HS256" })
      .setIssuer(TEST_ISSUER).setAudience("authenticated").setSubject(newUserId()).setIssuedAt()
      .setExpirationTime("1h").sign(new TextEncoder().encode(LEGACY_SECRET));
  await expect401(`Bearer ${await sign({ email: "a\u0000@example.com" })}`, "NUL");
  await expect401(`Bearer ${await sign({ user_metadata: { n: "\udfff" } })}`, "lone surrogate");
  assert.equal(
    (await call("GET", "", { token: await sign({ email: "é@example.com" }) })).status,
    200,
  );
});

test("keys are fetched from the project's JWKS endpoint when SUPABASE_JWKS is not set", async () => {
  const key = await createKey();
  let fetches = 0;
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
    if (new URL(req.url).pathname !== "/auth/v1/.well-known/jwks.json") {
      return new Response("no", { status: 404 });
    }
    fetches++;
    return Response.json(jwksOf(key));
  });
  try {
    const url = `http://127.0.0.1:${server.addr.port}`;
    const remoteDeps = await testDeps(database, { SUPABASE_URL: url, SUPABASE_JWKS: "" });
    const remote = client(createProjectsApp({ deps: async () => remoteDeps }), "projects");
    const token = await signToken(key, { sub: newUserId(), issuer: `${url}/auth/v1` });
    assert.equal((await remote("GET", "", { token })).status, 200);
    assert.equal((await remote("GET", "", { token })).status, 200);
    assert.equal(fetches, 1, "the key set is cached");
    const other = await signToken(await testKey(), { sub: newUserId(), issuer: `${url}/auth/v1` });
    assert.equal((await remote("GET", "", { token: other })).status, 401);
  } finally {
    await server.shutdown();
  }
});

test("config errors name the bad variable", async () => {
  assert.throws(() => loadConfig({ DB_POOL_MAX: "lots" }), /DB_POOL_MAX/);
  assert.throws(() => loadConfig({ SUPABASE_JWKS: "{not json" }), /SUPABASE_JWKS/);
  assert.throws(() => loadConfig({ DATABASE_URL: "mysql://x" }), /DATABASE_URL/);
  assert.throws(() => loadConfig({ JWT_SECRET: "short" }), /JWT_SECRET/);
  assert.throws(
    () => loadConfig({ DB_POOL_MAX: "51", LOG_LEVEL: "loud", CRON_SECRET: "tiny-secret" }),
    (err: Error) =>
      err instanceof ConfigError &&
      /DB_POOL_MAX: must be an integer from 1 to 50/.test(err.message) &&
      /LOG_LEVEL: must be one of debug, info, warn, error/.test(err.message) &&
      /CRON_SECRET/.test(err.message) && !err.message.includes("tiny-secret"),
    "every bad variable is named at once, and a secret's value never appears",
  );
  assert.throws(() => loadConfig({ SYNC_BUDGET_MS: "  " }), /SYNC_BUDGET_MS: must be an integer/);
  assert.equal(
    loadConfig({ SUPABASE_URL: " https://abc.supabase.co\n" }).issuer,
    "https://abc.supabase.co/auth/v1",
    "a URL is trimmed, as an env file may leave a newline on it",
  );
  const defaults = loadConfig({ DB_POOL_MAX: "", SIGNED_URL_TTL_SECONDS: " 120 " });
  assert.equal(defaults.DB_POOL_MAX, 4, "an empty variable takes the default");
  assert.equal(defaults.SIGNED_URL_TTL_SECONDS, 120);
  assert.equal(defaults.STORAGE_BUCKET, "brand-assets");
  assert.equal(defaults.issuer, "http://localhost:54321/auth/v1");
  const cfg = loadConfig({
    SUPABASE_URL: "https://abc.supabase.co",
    SUPABASE_DB_URL: "postgresql://p@h/db",
  });
  assert.equal(cfg.issuer, "https://abc.supabase.co/auth/v1");
  assert.equal(cfg.databaseUrl, "postgresql://p@h/db");
});

test("a verified token is remembered, but never past its exp", async () => {
  let clock = Date.now();
  const verify = createTokenVerifier(
    loadConfig({
      SUPABASE_URL: TEST_SUPABASE_URL,
      SUPABASE_JWKS: JSON.stringify(jwksOf(await testKey())),
    }),
    { now: () => clock },
  );
  const sub = newUserId();
  const token = await tokenFor(sub, { ttlSeconds: 60 });
  assert.equal((await verify(token)).id, sub);
  assert.equal((await verify(token)).id, sub, "served again");
  await assert.rejects(verify(`${token}x`), TokenRejected, "any other string is verified afresh");
  clock += 61_000;
  await assert.rejects(
    verify(token),
    /token expired/,
    "an expired token is refused, cached or not",
  );
});

test("the token cache evicts the least recently used token and drops expired ones", () => {
  const cache = createTokenCache(2);
  const user = (id: string) => ({ id, claims: { sub: id, role: "authenticated" as const } });
  cache.set("a", user("a"), 1_000);
  cache.set("b", user("b"), 1_000);
  assert.equal(cache.get("a", 0)?.id, "a"); // a is now the most recently used
  cache.set("c", user("c"), 1_000);
  assert.equal(cache.size, 2);
  assert.equal(cache.get("b", 0), undefined, "b was the least recently used");
  assert.equal(cache.get("a", 999)?.id, "a");
  assert.equal(cache.get("a", 1_000), undefined, "gone at its expiry time");
  assert.equal(cache.size, 1);
});
