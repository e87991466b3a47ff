/**
 * Cold start of every deployed function (issue 10): spawns
 * `deno run -A supabase/functions/<name>/index.ts` with a deployed function's environment
 * (DATABASE_URL to a scratch PostgreSQL database, SUPABASE_URL, a server key, an inline
 * JWKS) and times spawn → first HTTP answer, median of N runs, next to a Hono hello world on
 * the same Deno. Usage: scripts/bench coldstart [runs=3] [function…]
 * PostgreSQL: see scripts/lib/scratch_db.ts.
 */
import { createKey } from "./lib/local_auth.ts";
import { deployedEnv, ROOT, scratchPostgres, serve } from "./lib/bench_env.ts";
import { median } from "./lib/stats.ts";

const runs = Number(Deno.args[0] ?? 3);

const names: string[] = Deno.args.slice(1);
if (names.length === 0) {
  for await (const e of Deno.readDir(new URL("supabase/functions/", ROOT))) {
    if (e.isDirectory) names.push(e.name);
  }
  names.sort();
}

const scratch = await scratchPostgres("bpg_bench_cold");
const env = deployedEnv(scratch.url, await createKey());

async function coldStart(file: string, path: string): Promise<number> {
  const served = await serve(file, env, path);
  await served.stop();
  return served.startMs;
}

const targets = [
  { label: "hono hello world", file: "scripts/lib/hello_hono.ts", path: "/" },
  ...names.map((n) => ({ label: n, file: `supabase/functions/${n}/index.ts`, path: `/${n}` })),
];
const results: { label: string; ms: number }[] = [];
try {
  for (const t of targets) await coldStart(t.file, t.path); // fill Deno's module cache first
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
  const ratio = (r.ms / base).toFixed(1).padStart(5);
  console.log(`${r.label.padEnd(20)} ${(r.ms.toFixed(0) + " ms").padStart(10)} ${ratio}×`);
}
const slowest = results.slice(1).reduce((a, b) => (b.ms > a.ms ? b : a));
const ratio = (slowest.ms / base).toFixed(1);
console.log(
  `slowest: ${slowest.label} ${
    slowest.ms.toFixed(0)
  } ms = ${ratio}× hello world (median of ${runs})`,
);
