/**
 * scripts/bench_names.ts: median time of offline name generation for count=12 and count=50.
 *
 *   deno run scripts/bench_names.ts [--runs 200]
 *
 * Each run uses a different brief (sample briefs with a run number appended), so the PRNG
 * seed and the generated names change from run to run, as they do between real requests.
 */
import { parseArgs } from "node:util";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { generateNamesOffline } from "../shared/names/offline.ts";
import { NamesInputSchema } from "../shared/names/schema.ts";

import { bundledResearch } from "../shared/research/bundled.ts";

const namingResearch = await bundledResearch("naming");

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string", default: "200" } },
});
const runs = Number(values.runs);

const briefs = [
  {
    description: "An artisan bakery delivering fresh sourdough bread to homes in Lisbon",
    keywords: ["bread", "morning", "local"],
    industry: "Food",
  },
  { description: "A fintech app that helps freelancers save for taxes automatically" },
  {
    description: "Guided meditation and sleep stories for busy parents",
    keywords: ["calm", "sleep", "family"],
    avoid: ["zen"],
  },
  { description: "東京の小さなコーヒーショップです。" },
];

function bench(count: number) {
  const inputs = Array.from({ length: runs }, (_, i) => {
    const brief = briefs[i % briefs.length];
    return NamesInputSchema.parse({
      brief: { ...brief, description: `${brief.description} (${i})` },
      count,
    });
  });
  // The analysis is made once per package, before naming: it is not timed here.
  const analyses = inputs.map((input) => analyzeBrief(input.brief));
  inputs.slice(0, 20).forEach((input, i) =>
    generateNamesOffline(input, analyses[i], namingResearch)
  ); // JIT warm-up
  const times = inputs.map((input, i) => {
    const start = performance.now();
    const names = generateNamesOffline(input, analyses[i], namingResearch);
    const elapsed = performance.now() - start;
    if (names.length !== count) throw new Error(`expected ${count} names, got ${names.length}`);
    return elapsed;
  }).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `count=${String(count).padEnd(3)} median ${at(0.5).toFixed(2)} ms  ` +
      `p95 ${at(0.95).toFixed(2)} ms  max ${at(1).toFixed(2)} ms`,
  );
}

console.log(`generateNamesOffline over ${runs} briefs`);
bench(12);
bench(50);
