/**
 * Median time of each generate-* function on the offline path (no provider keys), through
 * real HTTP against the local stack on embedded PGlite (issue 5). check-domains talks to a
 * loopback RDAP registry with no added latency. Usage: scripts/bench functions [runs]
 */
import { silentLogger } from "../shared/log.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { startLocalStack } from "./lib/local_stack.ts";
import { createKey, signToken } from "./lib/local_auth.ts";
import { freshPglite } from "../tests/helpers/db.ts";
import { startFakeRdap } from "../tests/fakes/rdap_server.ts";
import { median, percentile } from "./lib/stats.ts";

const runs = Number(Deno.args[0] ?? 20);
const rdap = startFakeRdap({ registries: { "/com/": ["com", "io", "co", "ai", "app"] } });
const key = await createKey();
const database = await freshPglite();
const stack = await startLocalStack({
  env: {
    SUPABASE_URL: "http://localhost:54321",
    RDAP_BOOTSTRAP_URL: rdap.bootstrapUrl,
    STORAGE_LOCAL_DIR: await Deno.makeTempDir(),
  },
  port: 0,
  database,
  key,
  log: silentLogger,
});
const words = [
  "solar",
  "bakery",
  "bicycle",
  "coffee",
  "garden",
  "studio",
  "harbor",
  "summit",
  "lantern",
  "orchard",
];
const brief = (i: number) => ({
  description: `A small ${words[i % 10]} company for people who love ${
    words[(i + 3) % 10]
  }s, number ${i}`,
});
const bodies: Record<string, (i: number) => unknown> = {
  "generate-names": (i) => ({ brief: brief(i), count: 12 }),
  "check-domains": (i) => ({
    names: [`${words[i % 10]}ly${i}`, `${words[(i + 1) % 10]}io${i}`],
    tlds: ["com", "io", "ai"],
  }),
  "generate-colors": (i) => ({ brief: brief(i), accent_count: 2 }),
  "generate-taglines": (i) => ({ brand_name: "Lumora", brief: brief(i), count: 8 }),
  "generate-logos": (i) => ({ brand_name: `Lumora ${i}`, brief: brief(i), count: 4 }),
};

for (const [fn, body] of Object.entries(bodies)) {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    // A user per call keeps every run inside the free plan's daily quota.
    const token = await signToken(key, {
      sub: crypto.randomUUID(),
      issuer: "http://localhost:54321/auth/v1",
    });
    const t0 = performance.now();
    const res = await fetch(`${stack.url}/functions/v1/${fn}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body(i)),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${fn} answered ${res.status}`);
    if (i >= 2) times.push(performance.now() - t0); // two warm-up calls (module and font loading)
  }
  console.log(
    `${fn.padEnd(18)} median ${median(times).toFixed(1)} ms, p95 ${
      percentile(times, 95).toFixed(1)
    } ms (${runs} runs)`,
  );
}
await settleBackground();
await stack.close();
await database.close();
await rdap.close();
