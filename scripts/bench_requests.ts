/**
 * Per-request cost of GET /projects (issue 10): serves the real projects function
 * (supabase/functions/projects/index.ts, its own process, a scratch PostgreSQL database) and
 * a Hono hello world, and drives each with 1 and 16 concurrent connections for a fixed
 * duration. Prints req/s, p50 and p99, the share of hello world, and the server process's CPU
 * time per request (steadier than wall time on a busy machine).
 *
 * The load comes from wrk (Debian package `wrk`) when it is installed: a C client leaves the
 * two cores to the servers, so hello world is not capped by its client. Without wrk a
 * built-in fetch loop drives the load; its figures are lower for hello world, so compare
 * ratios only within one driver.
 * Usage: scripts/bench requests [seconds=5]
 */
import { createKey, signToken } from "./lib/local_auth.ts";
import { BENCH_ISSUER, deployedEnv, serve, type Served } from "./lib/bench_env.ts";
import { scratchPostgres } from "./lib/scratch_db.ts";
import { percentile } from "./lib/stats.ts";

const seconds = Number(Deno.args[0] ?? 5);
const CONCURRENCY = [1, 16];

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuUsPerRequest: number;
}

/** `connections` loops, each one request at a time, for `ms`; latencies of 2xx answers. */
async function driveWithFetch(
  server: Served,
  url: string,
  headers: Record<string, string>,
  connections: number,
  ms: number,
): Promise<Result> {
  const latencies: number[] = [];
  const cpuBefore = server.cpuMs();
  let errors = 0;
  const end = performance.now() + ms;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - t0);
      else errors++;
    }
  }));
  return {
    rps: latencies.length / (ms / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    cpuUsPerRequest: (server.cpuMs() - cpuBefore) * 1000 / (latencies.length + errors),
  };
}

/** wrk's own figures (its latency percentiles and non-2xx count), one thread. */
async function driveWithWrk(
  server: Served,
  url: string,
  headers: Record<string, string>,
  connections: number,
  ms: number,
): Promise<Result> {
  const cpuBefore = server.cpuMs();
  const args = ["-t1", `-c${connections}`, `-d${Math.max(1, Math.round(ms / 1000))}s`, "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const out = new TextDecoder().decode(
    (await new Deno.Command("wrk", { args: [...args, url], stdout: "piped" }).output()).stdout,
  );
  const number = (re: RegExp) => Number(out.match(re)?.[1] ?? NaN);
  const latency = (p: number) => {
    const [, value, unit] = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`)) ?? [];
    return Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);
  };
  const total = number(/(\d+) requests in/);
  const errors = number(/Non-2xx or 3xx responses: (\d+)/) || 0;
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p50: latency(50),
    p99: latency(99),
    errors,
    cpuUsPerRequest: (server.cpuMs() - cpuBefore) * 1000 / total,
  };
}

/** Whether wrk runs here (spawning a missing program throws rather than rejects). */
async function wrkInstalled(): Promise<boolean> {
  try {
    await new Deno.Command("wrk", { args: ["--version"], stdout: "null", stderr: "null" }).output();
    return true;
  } catch {
    return false;
  }
}

const hasWrk = await wrkInstalled();
const drive = hasWrk ? driveWithWrk : driveWithFetch;

const key = await createKey();
const scratch = await scratchPostgres("bpg_bench_req");
const env = deployedEnv(scratch.url, key);
const token = await signToken(key, { sub: crypto.randomUUID(), issuer: BENCH_ISSUER });
const auth = { authorization: `Bearer ${token}` };

const hello = await serve("scripts/lib/hello_hono.ts", env, "/");
const projects = await serve("supabase/functions/projects/index.ts", env, "/projects");
const results: { label: string; connections: number; r: Result }[] = [];
try {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${projects.origin}/projects`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ name: `Project ${i}`, brief: { description: `A brief number ${i}` } }),
    });
    if (res.status !== 201) throw new Error(`POST /projects answered ${res.status}`);
    await res.body?.cancel();
  }
  const targets = [
    { label: "hono hello world", server: hello, url: `${hello.origin}/`, headers: {} },
    {
      label: "GET /projects",
      server: projects,
      url: `${projects.origin}/projects`,
      headers: auth,
    },
  ];
  for (const connections of CONCURRENCY) {
    for (const t of targets) {
      await drive(t.server, t.url, t.headers, connections, 500); // warm-up: JIT, pool, caches
      results.push({
        label: t.label,
        connections,
        r: await drive(t.server, t.url, t.headers, connections, seconds * 1000),
      });
    }
  }
} finally {
  await hello.stop();
  await projects.stop();
  await scratch.drop();
}

const header = ["target".padEnd(18), "conns", "   req/s", " p50 ms", " p99 ms", "of hello"];
console.log([...header, "server CPU/req", "errors"].join(" "));
for (const { label, connections, r } of results) {
  const hello = results.find((x) => x.connections === connections)!.r;
  console.log([
    label.padEnd(18),
    String(connections).padStart(5),
    r.rps.toFixed(0).padStart(8),
    r.p50.toFixed(2).padStart(7),
    r.p99.toFixed(2).padStart(7),
    `${(100 * r.rps / hello.rps).toFixed(1)}%`.padStart(8),
    `${r.cpuUsPerRequest.toFixed(0)} µs`.padStart(14),
    String(r.errors),
  ].join(" "));
}
console.log(
  `(${seconds} s per row, each server its own process, PostgreSQL; load from ${
    hasWrk ? "wrk" : "a fetch loop (install wrk for comparable figures)"
  })`,
);
