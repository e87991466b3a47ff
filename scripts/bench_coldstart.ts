/**
 * Cold start of every deployed function (issue 10): spawns
 * `deno run -A supabase/functions/<name>/index.ts` with a deployed function's environment
 * (DATABASE_URL to a scratch PostgreSQL database, SUPABASE_URL, a server key, an inline
 * JWKS) and times spawn → first HTTP answer, median of N runs, next to a Hono hello world on
 * the same Deno. Also the CPU time (user + system) the process used until that answer, which
 * a busy machine disturbs far less than wall time. Usage: scripts/bench coldstart [runs=3]
 * [function…]
 * PostgreSQL: see scripts/lib/scratch_db.ts.
 */
import { createKey } from "./lib/local_auth.ts";
import { deployedEnv, ROOT, serve } from "./lib/bench_env.ts";
import { scratchPostgres } from "./lib/scratch_db.ts";
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

async function coldStart(file: string, path: string): Promise<{ wall: number; cpu: number }> {
  const served = await serve(file, env, path);
  const cpu = served.cpuMs();
  await served.stop();
  return { wall: served.startMs, cpu };
}

const targets = [
  { label: "hono hello world", file: "scripts/lib/hello_hono.ts", path: "/" },
  ...names.map((n) => ({ label: n, file: `supabase/functions/${n}/index.ts`, path: `/${n}` })),
];
const results: { label: string; ms: number; cpu: number }[] = [];
try {
  for (const t of targets) await coldStart(t.file, t.path); // fill Deno's module cache first
  for (const t of targets) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await coldStart(t.file, t.path));
    results.push({
      label: t.label,
      ms: median(samples.map((s) => s.wall)),
      cpu: median(samples.map((s) => s.cpu)),
    });
  }
} finally {
  await scratch.drop();
}

const base = results[0];
const cell = (ms: number, ratio: number) =>
  `${ms.toFixed(0)} ms`.padStart(8) + `${ratio.toFixed(1)}×`.padStart(7);
console.log(`${"function".padEnd(20)} ${"wall".padStart(15)} ${"CPU".padStart(15)}`);
for (const r of results) {
  console.log(
    `${r.label.padEnd(20)} ${cell(r.ms, r.ms / base.ms)} ${cell(r.cpu, r.cpu / base.cpu)}`,
  );
}
const slowest = results.slice(1).reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `slowest: ${slowest.label} ${slowest.ms.toFixed(0)} ms = ${
    (slowest.ms / base.ms).toFixed(1)
  }× hello world (median of ${runs}; CPU ${(slowest.cpu / base.cpu).toFixed(1)}×)`,
);
