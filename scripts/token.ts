import { parseArgs } from "node:util";
import { readEnvFile } from "./lib/env_files.ts";
import { localKey, signToken } from "./lib/local_auth.ts";

/**
 * scripts/token: prints a user JWT the local stack accepts. It only reads the signing key
 * file, never the database, so it works while scripts/dev holds PGlite open.
 */
const USAGE = "usage: scripts/token [--user <uuid>] [--email <address>] [--ttl <seconds>] [--anon]";
const { values } = (() => {
  try {
    return parseArgs({
      args: Deno.args,
      options: {
        user: { type: "string" },
        email: { type: "string" },
        ttl: { type: "string", default: "3600" },
        anon: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    Deno.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  Deno.exit(0);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (values.user && !UUID.test(values.user)) {
  console.error("--user must be a UUID");
  Deno.exit(2);
}
if (!/^[1-9]\d{0,7}$/.test(values.ttl)) {
  console.error("--ttl must be a whole number of seconds");
  Deno.exit(2);
}
const ROOT = new URL("../", import.meta.url);
const env = { ...await readEnvFile(new URL("env/local.env", ROOT)), ...Deno.env.toObject() };
const supabaseUrl = (env.SUPABASE_URL ?? "http://localhost:54321").replace(/\/$/, "");
// A stable default user, so repeated calls act as the same person.
const sub = values.user ?? "00000000-0000-4000-8000-000000000001";
console.log(
  await signToken(await localKey(), {
    sub,
    email: values.email ?? (values.user ? undefined : "dev@example.com"),
    role: values.anon ? "anon" : "authenticated",
    issuer: env.JWT_ISSUER ?? `${supabaseUrl}/auth/v1`,
    ttlSeconds: Number(values.ttl),
  }),
);
