/**
 * Benchmarks the failover AI client against a zero-latency loopback OpenAI fake:
 *
 * 1. the client's own overhead per call (total time minus the time spent inside the
 *    provider adapter, i.e. SDK + loopback), with the health read going to the in-memory
 *    store on every call (read cache off); target p50 < 2 ms;
 * 2. the latency a down first provider adds once its circuit is open, against a healthy
 *    first provider; both chains end in the same SDK and fake; target < 5 ms.
 *
 * Run: deno run -A scripts/bench_ai.ts [calls]
 */
import { z } from "zod";
import { closedCircuit } from "../shared/ai/circuit.ts";
import { createAiClient } from "../shared/ai/client.ts";
import { MemoryHealthStore } from "../shared/ai/memory_health.ts";
import { openAiTextProvider } from "../shared/ai/providers/openai_text.ts";
import type { TextProvider } from "../shared/ai/types.ts";
import { silentLogger } from "../shared/log.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { startOpenAiFake } from "../tests/fakes/openai_server.ts";

const CALLS = Number(Deno.args[0] ?? 2_000);
const WARMUP = 200;

const Names = z.object({
  names: z.array(z.object({ name: z.string().min(2), rationale: z.string() })).min(1).max(10),
});
const answer = {
  names: Array.from({ length: 8 }, (_, i) => ({ name: `Name${i}`, rationale: "short and bright" })),
};

/** Wraps a provider to record how long each call spends inside it. */
function timed(provider: TextProvider, inside: number[]): TextProvider {
  return {
    provider: provider.provider,
    model: provider.model,
    async generate(attempt, signal) {
      const started = performance.now();
      try {
        return await provider.generate(attempt, signal);
      } finally {
        inside.push(performance.now() - started);
      }
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number) => `${value.toFixed(3)} ms`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

const fake = startOpenAiFake(answer);
const endpoint = { apiKey: "sk-bench", baseURL: fake.baseURL };
const request = {
  schema: Names,
  schemaName: "brand_names",
  system: "You name brands.",
  prompt: "Name a bakery.",
  offline: () => answer,
};

async function measure(
  providers: TextProvider[],
  health: MemoryHealthStore,
  inside: number[],
): Promise<number[]> {
  const client = createAiClient({
    text: providers,
    image: [],
    health,
    attempts: { record() {} },
    log: silentLogger,
    healthCacheMs: 0,
  });
  const totals: number[] = [];
  for (let i = 0; i < WARMUP + CALLS; i++) {
    const started = performance.now();
    const result = await client.generateObject(request);
    const total = performance.now() - started;
    if (result.provider === "offline") throw new Error("the loopback provider did not answer");
    if (i >= WARMUP) totals.push(total);
  }
  await settleBackground();
  inside.splice(0, WARMUP);
  return totals;
}

try {
  // 1. Overhead per call.
  const inside: number[] = [];
  const openai = openAiTextProvider({ provider: "openai", model: "gpt-4.1-mini", ...endpoint });
  const totals = await measure([timed(openai, inside)], new MemoryHealthStore(), inside);
  const overhead = totals.map((total, i) => total - inside[i]);
  console.log(`client overhead per call (${CALLS} calls, health read from memory every call)`);
  console.log(
    `  p50 ${ms(percentile(overhead, 50))}  p95 ${ms(percentile(overhead, 95))}  ` +
      `p99 ${ms(percentile(overhead, 99))}  target p50 < 2 ms: ` +
      verdict(percentile(overhead, 50) < 2),
  );
  console.log(
    `  (whole call p50 ${ms(percentile(totals, 50))}; inside the SDK + loopback p50 ` +
      `${ms(percentile(inside, 50))})`,
  );

  // 2. First provider down with its circuit open, against a healthy first provider.
  const chain = () => [
    openAiTextProvider({ provider: "openai", model: "gpt-4.1-mini", ...endpoint }),
    openAiTextProvider({
      provider: "compat",
      model: "gpt-4.1-mini",
      ...endpoint,
      apiKey: "sk-second",
    }),
  ];
  const healthy = await measure(chain(), new MemoryHealthStore(), []);
  const downHealth = new MemoryHealthStore();
  const now = Date.now();
  downHealth.set("openai:gpt-4.1-mini", {
    ...closedCircuit(now),
    status: "open",
    openUntil: now + 3_600_000,
    lastFailureAt: now,
  });
  const before = fake.requests.length;
  const skipping = await measure(chain(), downHealth, []);
  const reachedFirst = fake.requests.slice(before)
    .filter((r) => r.headers.get("authorization") === `Bearer ${endpoint.apiKey}`);
  if (reachedFirst.length > 0) throw new Error("the open provider was called");
  const added = percentile(skipping, 50) - percentile(healthy, 50);
  console.log(`first provider down with its circuit open vs healthy (${CALLS} calls each)`);
  console.log(
    `  healthy p50 ${ms(percentile(healthy, 50))}  first skipped p50 ` +
      `${ms(percentile(skipping, 50))}  added ${ms(added)}  target < 5 ms: ${verdict(added < 5)}`,
  );
} finally {
  await fake.close();
}
