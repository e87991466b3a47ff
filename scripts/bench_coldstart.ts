/**
 * Cold start of every deployed function (issue 10): spawns
 * `deno run -A supabase/functions/<name>/index.ts` with a deployed function's environment
 * (DATABASE_URL to a scratch PostgreSQL database, SUPABASE_URL, a server key, an inline
 * JWKS) and times spawn → first HTTP answer, median of N runs, next to a Hono hello world on
 * the same Deno. Usage: scripts/bench coldstart [runs=3]
 * Server: BENCH_DATABASE_URL / TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432.
 */
import { createKey, jwksOf } from "./lib/local_auth.ts";
import { scratchPostgres } from "./lib/bench_db.ts";
import { median } from "./lib/stats.ts";

const runs = Number(Deno.args[0] ?? 3);
const ROOT = new URL("../", import.meta.url);
const FUNCTIONS = new URL("supabase/functions/", ROOT);

const names: string[] = [];
for await (const e of Deno.readDir(FUNCTIONS)) if (e.isDirectory) names.push(e.name);
names.sort();

const scratch = await scratchPostgres("bpg_bench_cold");
const env = {
  DATABASE_URL: scratch.url,
  SUPABASE_URL: "http://127.0.0.1:9",
  SUPABASE_SECRET_KEYS: JSON.stringify({ default: "sb_secret_bench" }),
  SUPABASE_JWKS: JSON.stringify(jwksOf(await createKey())),
  CRON_SECRET: "bench-cron-secret-0123456789",
  LOG_LEVEL: "error",
  NO_COLOR: "1",
};

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Spawn → first HTTP answer (any status) on `path`, in ms. */
async function coldStart(file: string, path: string): Promise<number> {
  const port = freePort();
  const t0 = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", file],
    cwd: ROOT,
    env: { ...env, DENO_SERVE_ADDRESS: `tcp:127.0.0.1:${port}` },
    stdout: "null",
    stderr: "null",
  }).spawn();
  try {
    while (performance.now() - t0 < 30_000) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        await res.body?.cancel();
        return performance.now() - t0;
      } catch {
        await new Promise((r) => setTimeout(r, 2));
      }
    }
    throw new Error(`${file} did not answer within 30 s`);
  } finally {
    child.kill("SIGKILL");
    await child.status;
  }
}

const targets = [
  { label: "hono hello world", file: "scripts/lib/hello_hono.ts", path: "/" },
  ...names.map((n) => ({ label: n, file: `supabase/functions/${n}/index.ts`, path: `/${n}` })),
];
const results: { label: string; ms: number }[] = [];
try {
  for (const t of targets) await coldStart(t.file, t.path); // warm the module cache
  for (const t of targets) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await coldStart(t.file, t.path));
    results.push({ label: t.label, ms: median(times) });
  }
} finally {
  await scratch.drop();
}

const base = results[0].ms;
console.log(`${"function".padEnd(20)} ${"cold start".padStart(10)} ${"ratio".padStart(6)}`);
for (const r of results) {
  console.log(
    `${r.label.padEnd(20)} ${(r.ms.toFixed(0) + " ms").padStart(10)} ${
      (r.ms / base).toFixed(1).padStart(5)
    }×`,
  );
}
const slowest = results.slice(1).reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `slowest: ${slowest.label} ${slowest.ms.toFixed(0)} ms = ${
    (slowest.ms / base).toFixed(1)
  }× hello world (median of ${runs})`,
);
