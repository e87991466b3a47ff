/**
 * scripts/bench_colors.ts: median time of buildPalette over 1000 random specs.
 *
 *   deno run scripts/bench_colors.ts [--runs 1000] [--seed 1]
 *
 * Specs come from a seeded generator, so runs are comparable; about a third keep a base color.
 */
import { parseArgs } from "node:util";
import { buildPalette } from "../shared/colors/palette.ts";
import type { ColorSeed, PaletteSpec } from "../shared/colors/schema.ts";
import { mulberry32 as seededRandom } from "../shared/random.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } },
});
const runs = Number(values.runs);
const random = seededRandom(Number(values.seed));

function randomSeed(): ColorSeed {
  if (random() < 0.33) {
    const hex = Math.floor(random() * 0x1000000).toString(16).padStart(6, "0");
    return { hex: `#${hex}` };
  }
  return { hue: random() * 360, chroma: 0.03 + random() * 0.22 };
}

function randomSpec(): PaletteSpec {
  return {
    primary: randomSeed(),
    secondary: randomSeed(),
    accents: Array.from({ length: Math.floor(random() * 5) }, randomSeed),
    chroma: 0.03 + random() * 0.22,
    neutral: { hue: random() * 360, chroma: random() * 0.03 },
  };
}

const specs = Array.from({ length: runs }, randomSpec);
for (const spec of specs.slice(0, 50)) buildPalette(spec); // warm up the JIT

const times = specs.map((spec) => {
  const start = performance.now();
  buildPalette(spec);
  return performance.now() - start;
}).sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

console.log(`buildPalette over ${runs} random specs`);
console.log(
  `median ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  max ${at(1).toFixed(2)} ms`,
);
