/**
 * scripts/bench_analysis.ts: the offline brief analysis — the cold first call (loading
 * compromise and the lexicon), then the median and p95 per brief — and the size of the data
 * files it and the name screen ship.
 *
 *   deno run -A scripts/bench_analysis.ts [--runs 200]
 */
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string", default: "200" } },
});
const runs = Number(values.runs);

const briefs = [
  "Handmade candles and beeswax soap for gift shops",
  "Kayak rentals and guided paddling tours on Lake Tahoe for families",
  "Florist delivering wedding bouquets and roses",
  "Piano tuning and repair for concert halls and homes",
  "Beekeeping farm selling raw honey at weekend markets",
  "Cloud backup software for law firms",
  "Mountain bike tours in the Alps for riders who love steep trails",
  "Swimming lessons for toddlers and young children",
];

const loadStart = performance.now();
const { analyzeBrief } = await import("../shared/analysis/offline.ts");
const loaded = performance.now() - loadStart;
const coldStart = performance.now();
analyzeBrief({ description: briefs[0] });
const cold = performance.now() - coldStart;

const times = Array.from({ length: runs }, (_, i) => {
  const description = `${briefs[i % briefs.length]} (${i})`;
  const start = performance.now();
  analyzeBrief({ description });
  return performance.now() - start;
}).sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

const size = (path: string) => Deno.statSync(new URL(path, import.meta.url)).size;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`import of the analyser (compromise + lexicon): ${loaded.toFixed(0)} ms`);
console.log(`first analysis: ${cold.toFixed(1)} ms`);
console.log(
  `analysis over ${runs} briefs: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
);
console.log(
  `shared/analysis/data/lexicon.json: ${kb(size("../shared/analysis/data/lexicon.json"))}`,
);
console.log(`shared/names/data/screens.json: ${kb(size("../shared/names/data/screens.json"))}`);
