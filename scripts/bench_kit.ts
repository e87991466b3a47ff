/**
 * scripts/bench_kit.ts: times buildBrandKit on an offline-generated package. Prints the cold
 * first build (wasm compile and font parsing included) and the median wall and CPU time of
 * warm builds, and the same for the PNG renders alone.
 *
 *   deno run -A scripts/bench_kit.ts [--runs 20] [--name "Blue Harbor"]
 *
 * CPU time is the process's user + system time (node:process cpuUsage), so it includes V8's
 * helper threads (GC, compilation): it is what an edge runtime's CPU limit would count.
 */
import { cpuUsage } from "node:process";
import { parseArgs } from "node:util";
import { buildBrandKit } from "../shared/kit/build.ts";
import { BrandKitInputSchema } from "../shared/kit/input.ts";
import { fontRef, kitType } from "../shared/kit/font.ts";
import { kitLogos } from "../shared/kit/logos.ts";
import { renderFiles } from "../shared/kit/render_files.ts";
import { wordmarkStyle } from "../shared/type/families.ts";
import { offlinePackage } from "./lib/kit_fixture.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    runs: { type: "string", default: "20" },
    name: { type: "string", default: "Blue Harbor" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs must be a positive integer");
  Deno.exit(2);
}

interface Sample {
  wall: number;
  cpu: number;
}

async function measure(task: () => Promise<unknown>): Promise<Sample> {
  const cpu = cpuUsage();
  const start = performance.now();
  await task();
  const wall = performance.now() - start;
  const used = cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;
const report = (label: string, samples: Sample[]) =>
  console.log(
    `${label}: median wall ${ms(median(samples.map((s) => s.wall)))}, ` +
      `CPU ${ms(median(samples.map((s) => s.cpu)))} (${samples.length} runs)`,
  );

// The fixture's marks need the heading face, so its parse is timed here, apart from the build.
let input: Awaited<ReturnType<typeof offlinePackage>> | undefined;
const fixture = await measure(async () => input = await offlinePackage(values.name));
console.log(
  `offline package (analysis, marks, heading face parse): wall ${ms(fixture.wall)}; ` +
    `set in ${input!.typography?.heading} and ${input!.typography?.body}`,
);
let kit: Awaited<ReturnType<typeof buildBrandKit>> | undefined;
const cold = await measure(async () => kit = await buildBrandKit(input!));
console.log(
  `cold first build (resvg, satori and harfbuzz wasm compile, the kit faces parsed): wall ` +
    `${ms(cold.wall)}, ` +
    `CPU ${ms(cold.cpu)}`,
);

const builds: Sample[] = [];
for (let i = 0; i < runs; i++) builds.push(await measure(() => buildBrandKit(input!)));
report("buildBrandKit, warm", builds);

const parsed = BrandKitInputSchema.parse(input);
const type = await kitType(parsed);
const logos = kitLogos(parsed, type.nameFonts, {
  style: wordmarkStyle(type.heading),
  fontRef: fontRef(type.heading),
});
const renders: Sample[] = [];
for (let i = 0; i < runs; i++) renders.push(await measure(() => renderFiles(parsed, logos)));
report("logo PNG renders alone (icons, app icons, wordmarks, lockups, previews)", renders);

const files = kit!.files;
console.log(
  `kit: ${files.length} files, ${(kit!.zip.length / 1024).toFixed(0)} KiB zipped ` +
    `(${(files.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KiB unzipped)`,
);
