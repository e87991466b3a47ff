/**
 * Cold start of every deployed function (issue 10): spawns
 * `deno run -A supabase/functions/<name>/index.ts` with a deployed function's environment
 * (DATABASE_URL to a scratch PostgreSQL database, SUPABASE_URL, a server key, an inline
 * JWKS) and times spawn → first HTTP answer to `GET /<name>`, median of N runs, next to a
 * Hono hello world on the same Deno. Also the CPU time (user + system) the process used until
 * that answer, which a busy machine disturbs far less than wall time.
 *
 * A function loads its data layer and services on the first request whose route needs them,
 * so a second table times spawn → first 200 from a route that reads the database (signed in
 * where the route needs a user): the cold start a first real caller sees.
 * Usage: scripts/bench coldstart [runs=3] [function…]
 * PostgreSQL: see scripts/lib/scratch_db.ts.
 */
import { BENCH_ISSUER, deployedEnv, ROOT, serve } from "./lib/bench_env.ts";
import { createKey, signToken } from "./lib/local_auth.ts";
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
const key = await createKey();
const env = deployedEnv(scratch.url, key);
const signedIn = {
  headers: {
    authorization: `Bearer ${await signToken(key, {
      sub: crypto.randomUUID(),
      issuer: BENCH_ISSUER,
    })}`,
  },
};

interface Target {
  label: string;
  file: string;
  path: string;
  probe?: RequestInit;
}

/** A route of each function that answers 200 from the database. */
const DATABASE_ROUTES: Record<string, { path: string; probe: RequestInit }> = {
  health: { path: "/health/ready", probe: {} },
  account: { path: "/account", probe: signedIn },
  projects: { path: "/projects", probe: signedIn },
  generations: { path: "/generations", probe: signedIn },
  cron: {
    path: "/cron/purge-expired",
    probe: { method: "POST", headers: { "x-cron-secret": env.CRON_SECRET } },
  },
};

async function coldStart(t: Target): Promise<{ wall: number; cpu: number }> {
  const served = await serve(t.file, env, t.path, t.probe);
  const cpu = served.cpuMs();
  await served.stop();
  if (t.probe && served.status !== 200) {
    throw new Error(`${t.label}: ${t.path} answered ${served.status}, not 200`);
  }
  return { wall: served.startMs, cpu };
}

/** Median wall and CPU time of each target, sampled round-robin after one warm-up each. */
async function measure(targets: Target[]) {
  for (const t of targets) await coldStart(t); // fill Deno's module and code caches first
  // Round-robin, so a burst of load on the machine spreads over every target alike.
  const samples = targets.map(() => [] as { wall: number; cpu: number }[]);
  for (let i = 0; i < runs; i++) {
    for (const [k, t] of targets.entries()) samples[k].push(await coldStart(t));
  }
  return targets.map((t, k) => ({
    label: t.label,
    ms: median(samples[k].map((s) => s.wall)),
    cpu: median(samples[k].map((s) => s.cpu)),
  }));
}

const hello: Target = { label: "hono hello world", file: "scripts/lib/hello_hono.ts", path: "/" };
const entry = (n: string) => `supabase/functions/${n}/index.ts`;
let started, reads;
try {
  started = await measure([
    hello,
    ...names.map((n) => ({ label: n, file: entry(n), path: `/${n}` })),
  ]);
  reads = await measure([
    hello,
    ...names.filter((n) => DATABASE_ROUTES[n]).map((n) => ({
      label: `${n} ${DATABASE_ROUTES[n].path}`,
      file: entry(n),
      ...DATABASE_ROUTES[n],
    })),
  ]);
} finally {
  await scratch.drop();
}

function table(title: string, results: { label: string; ms: number; cpu: number }[]) {
  const base = results[0];
  const cell = (ms: number, ratio: number) =>
    `${ms.toFixed(0)} ms`.padStart(8) + `${ratio.toFixed(1)}×`.padStart(7);
  console.log(`\n${title}`);
  console.log(`${"function".padEnd(32)} ${"wall".padStart(15)} ${"CPU".padStart(15)}`);
  for (const r of results) {
    console.log(
      `${r.label.padEnd(32)} ${cell(r.ms, r.ms / base.ms)} ${cell(r.cpu, r.cpu / base.cpu)}`,
    );
  }
  const slowest = results.slice(1).reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `slowest: ${slowest.label} ${slowest.ms.toFixed(0)} ms = ${
      (slowest.ms / base.ms).toFixed(1)
    }× hello world (median of ${runs}; CPU ${(slowest.cpu / base.cpu).toFixed(1)}×)`,
  );
}

table("spawn → first answer (GET /<name>)", started);
table("spawn → first 200 from the database", reads);
