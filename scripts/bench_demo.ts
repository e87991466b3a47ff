/**
 * scripts/demo, run as a user runs it, N times in a row (default 20) in both of its modes:
 * with nothing listening at --url (the demo starts the embedded stack each time) and against a
 * running scripts/dev. Each run is a new user (the free plan holds 4 packages a day); the data
 * stays in one scratch directory across runs. Usage: scripts/bench demo [runs]
 */
import { startDevProcess } from "../tests/helpers/dev_process.ts";
import { median } from "./lib/stats.ts";

const runs = Number(Deno.args[0] ?? 20);
const ROOT = new URL("..", import.meta.url);
const BRIEF = "Solar lanterns and camp lights for hikers who travel light";
const scratch = await Deno.makeTempDir({ prefix: "bpg-bench-demo-" });
const env = {
  DATABASE_URL: "",
  SUPABASE_DB_URL: "",
  PGLITE_DATA_DIR: `${scratch}/pglite`,
  STORAGE_LOCAL_DIR: `${scratch}/storage`,
};

async function series(label: string, url: string): Promise<boolean> {
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    const out = await new Deno.Command(new URL("scripts/demo", ROOT).pathname, {
      args: [BRIEF, "--url", url, "--user", crypto.randomUUID()],
      env,
      stdout: "piped",
      stderr: "piped",
    }).output();
    times.push(performance.now() - started);
    if (out.code !== 0) {
      console.log(`${label}: run ${i} failed (exit ${out.code}) after ${i - 1} in a row`);
      console.log(new TextDecoder().decode(out.stderr));
      return false;
    }
  }
  console.log(
    `${label}: ${runs}/${runs} in a row, median ${(median(times) / 1000).toFixed(1)} s, max ${
      (Math.max(...times) / 1000).toFixed(1)
    } s`,
  );
  return true;
}

const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
const idle = `http://127.0.0.1:${(listener.addr as Deno.NetAddr).port}`;
listener.close();
let ok = await series("demo, nothing running (embedded stack)", idle);

const dev = await startDevProcess({ ...env, SUPABASE_JWKS: "" });
try {
  ok = await series("demo, scripts/dev running", dev.url) && ok;
} finally {
  await dev.stop();
  await Deno.remove(scratch, { recursive: true });
}
if (!ok) Deno.exit(1);
