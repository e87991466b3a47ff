/**
 * Benchmark of the domain checker: one lookup against a batch of 20 names × 5 TLDs, with
 * loopback RDAP registries that answer after 100 ms, one host per TLD as in production, and
 * a warm bootstrap cache. The batch should take well under 3× a single lookup; the script
 * exits 1 when it does not. Usage:
 *   scripts/bench domains [--latency 100] [--runs 5]
 */
import { parseArgs } from "node:util";
import { createBootstrapCache } from "../shared/domains/bootstrap.ts";
import { createDomainChecker, DOMAIN_CHECK_DEFAULTS } from "../shared/domains/checker.ts";
import { DomainCheckRequestSchema } from "../shared/domains/schema.ts";
import { type FakeRdap, startFakeRdap } from "../tests/fakes/rdap_server.ts";
import { median } from "./lib/stats.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { latency: { type: "string", default: "100" }, runs: { type: "string", default: "5" } },
});
const latencyMs = Number(values.latency);
const runs = Number(values.runs);
const TLDS = ["com", "io", "co", "ai", "app"];
const NAMES_PER_BATCH = 20;

// One registry per TLD on its own port (its own host for the limiter); the first one also
// serves the bootstrap file listing all of them.
const others = TLDS.slice(1).map((tld) => startFakeRdap({ registries: { [`/${tld}/`]: [tld] } }));
const registries: FakeRdap[] = [
  startFakeRdap({
    registries: { [`/${TLDS[0]}/`]: [TLDS[0]] },
    extraServices: others.map((fake, i) => [[TLDS[i + 1]], [fake.base(`/${TLDS[i + 1]}/`)]]),
  }),
  ...others,
];
for (const fake of registries) fake.latencyMs = latencyMs;

let serial = 0;
const freshNames = (count: number) => Array.from({ length: count }, () => `bench${serial++}`);

try {
  const checker = createDomainChecker({
    bootstrap: createBootstrapCache({ url: registries[0].bootstrapUrl }),
  });
  const timed = async (names: string[], tlds: string[]) => {
    const request = DomainCheckRequestSchema.parse({ names, tlds });
    const started = performance.now();
    const { results } = await checker.check(request);
    const ms = performance.now() - started;
    if (results.some((r) => r.status !== "available")) throw new Error("a lookup failed");
    return ms;
  };

  await timed(freshNames(1), TLDS); // warms the bootstrap cache and the connections
  const single: number[] = [];
  const batch: number[] = [];
  for (let i = 0; i < runs; i++) {
    single.push(await timed(freshNames(1), ["com"]));
    batch.push(await timed(freshNames(NAMES_PER_BATCH), TLDS));
  }
  const ratio = median(batch) / median(single);
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(32)}${value}`);
  console.log(
    `RDAP latency ${latencyMs} ms, median of ${runs} runs, ` +
      `${DOMAIN_CHECK_DEFAULTS.perHostConcurrency} per host / ` +
      `${DOMAIN_CHECK_DEFAULTS.concurrency} in all`,
  );
  row("single lookup", `${median(single).toFixed(1)} ms`);
  row(
    `${NAMES_PER_BATCH} names × ${TLDS.length} TLDs (${NAMES_PER_BATCH * TLDS.length} lookups)`,
    `${median(batch).toFixed(1)} ms`,
  );
  row("ratio", `${ratio.toFixed(2)}× (target < 3×)`);
  row("max in flight per host", registries.map((f) => f.stats.maxInFlight).join(", "));
  if (ratio >= 3) Deno.exitCode = 1;
} finally {
  await Promise.all(registries.map((fake) => fake.close()));
}
