import assert from "node:assert/strict";
import { createLocalJWKSet, decodeJwt, jwtVerify } from "jose";
import { jwksOf, localKey } from "../scripts/lib/local_auth.ts";
import { test } from "./helpers/test.ts";

async function run(args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", "scripts/token.ts", ...args],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout).trim(),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

test("scripts/token prints a user token the local stack's key verifies", async () => {
  const user = crypto.randomUUID();
  const { code, stdout } = await run(["--user", user, "--email", "me@example.com"]);
  assert.equal(code, 0);
  const jwks = createLocalJWKSet(
    jwksOf(await localKey()) as Parameters<typeof createLocalJWKSet>[0],
  );
  const { payload } = await jwtVerify(stdout, jwks, {
    issuer: "http://localhost:54321/auth/v1",
    audience: "authenticated",
  });
  assert.equal(payload.sub, user);
  assert.equal(payload.role, "authenticated");
  assert.equal(payload.email, "me@example.com");
  assert.equal(decodeJwt((await run(["--anon"])).stdout).role, "anon");
});

test("scripts/token refuses a user id that is not a UUID", async () => {
  const { code, stderr } = await run(["--user", "alice"]);
  assert.equal(code, 2);
  assert.match(stderr, /UUID/);
});

test("scripts/token answers an unknown option or a bad ttl with its usage, not a stack trace", async () => {
  for (const args of [["--bogus"], ["--ttl", "soon"]]) {
    const { code, stdout, stderr } = await run(args);
    assert.equal(code, 2, args.join(" "));
    assert.equal(stdout, "");
    assert.doesNotMatch(stderr, /\bat .*\.(js|ts):\d+/, "no stack trace");
  }
  assert.match((await run(["--bogus"])).stderr, /usage: scripts\/token/);
  const help = await run(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: scripts\/token/);
});
