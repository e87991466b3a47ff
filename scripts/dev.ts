import { localEnv } from "./lib/env_files.ts";
import { startLocalStack } from "./lib/local_stack.ts";

/** scripts/dev: the whole backend on http://localhost:54321, like `supabase start` + `functions serve`. */
const env = await localEnv();
const stack = await startLocalStack({
  env,
  port: Number(env.PORT ?? 54321),
  hostname: env.HOST ?? "127.0.0.1",
  cron: true,
});
const db = stack.deps.database.kind === "pglite"
  ? `PGlite (${stack.deps.config.PGLITE_DATA_DIR})`
  : "DATABASE_URL";

console.error(`
Brand Package Generator — local stack
  functions:  ${stack.url}/functions/v1/<name>   (${stack.functions.join(", ")})
  database:   ${db}, migrations applied
  auth JWKS:  ${stack.url}/auth/v1/.well-known/jwks.json
  cron:       sweep, probe, refresh and purge run in-process on the pg_cron schedule

Get a user token (works while this runs):   scripts/token [--user <uuid>] [--email <e>]
Try it:  curl -H "Authorization: Bearer $(scripts/token)" ${stack.url}/functions/v1/projects
The main job, end to end:   scripts/demo "<your brief>"   (writes a brand kit to ./out)
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, async () => {
    await stack.close();
    Deno.exit(0);
  });
}
