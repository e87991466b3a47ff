/**
 * scripts/bench_logos.ts: times the offline logo path of one request: logoMarks (count 4:
 * concept marks from the icon library and a geometric alternate), the wordmark, and the six
 * lockups of each mark. Prints the median and p95 per request.
 *
 *   deno run -A scripts/bench_logos.ts [--runs 300]
 */
import { parseArgs } from "node:util";
import { loadBrandFonts } from "../shared/logos/fonts.ts";
import { lockups } from "../shared/logos/lockup.ts";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { lockupBox, logoMarks } from "../shared/marks/logo_marks.ts";
import { hashSeed } from "../shared/logos/seed.ts";
import { resolvePalette } from "../shared/logos/palette.ts";
import { wordmarkSvg } from "../shared/logos/wordmark.ts";
import { bundledResearch } from "../shared/research/bundled.ts";
import { LOGO_STYLES } from "../shared/research/logo_styles_schema.ts";

const logoStyleResearch = await bundledResearch("logo_styles");

const { values } = parseArgs({
  args: Deno.args,
  options: { runs: { type: "string", default: "300" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs must be a positive integer");
  Deno.exit(2);
}

const NAMES = ["Blue Harbor", "Acme", "PayFlow", "Zephyr Labs", "Northwind Trading", "Quill"];
const BRIEFS = [
  "A bakery selling sourdough bread and pastries",
  "Bike repair and rentals for city commuters",
  "Dental clinic for families",
  "Specialty coffee roaster",
].map((description) => ({ description }));

const fontStart = performance.now();
const fonts = await loadBrandFonts(NAMES.join(" "), 700);
const fontMs = performance.now() - fontStart;

async function request(i: number): Promise<number> {
  const brand_name = NAMES[i % NAMES.length];
  const style = LOGO_STYLES[i % LOGO_STYLES.length];
  const brief = BRIEFS[i % BRIEFS.length];
  const palette = resolvePalette(undefined, hashSeed(brand_name));
  const marks = await logoMarks({ brand_name, style, brief, count: 4 }, {
    analysis: analyzeBrief(brief),
    palette,
    fonts,
    research: logoStyleResearch,
    ids: `b${i}`,
  });
  const { letterSpacing, textCase } = logoStyleResearch.styles[style].wordmark;
  const word = wordmarkSvg(brand_name, {
    font: fonts,
    color: palette.text,
    letterSpacing,
    textCase,
  });
  let bytes = word.svg.length;
  for (const mark of marks) {
    const set = lockups(mark, word, palette, lockupBox(mark.model));
    bytes += mark.svg.length;
    for (const layout of Object.values(set)) {
      for (const variant of Object.values(layout)) bytes += variant.svg.length;
    }
  }
  return bytes;
}

for (let i = 0; i < 30; i++) await request(i); // warm-up: let the JIT settle

const times: number[] = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  bytes += await request(i);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

console.log(`font load (parse ${fonts.length} subset(s), cold): ${fontMs.toFixed(1)} ms`);
console.log(
  `logoMarks(count=4) + wordmark + 4 × lockups, ${runs} runs: ` +
    `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, min ${times[0].toFixed(2)} ms`,
);
console.log(
  `output per request: ${(bytes / runs / 1024).toFixed(0)} KiB of SVG (4 marks, 24 lockups)`,
);
