/**
 * scripts/bench_kit.ts: times the brand kit build on an offline-generated package.
 *
 *   deno run -A scripts/bench_kit.ts [--runs 20] [--cold-runs 3] [--name "Blue Harbor"]
 *
 * Cold figures are what an edge isolate's first request pays: each cold run is a fresh
 * process (scripts/lib/kit_cold.ts) that imports what it needs and runs once, so wasm
 * compilation, V8 compiling the libraries, font parsing and first-use set-up all count. Each
 * of the export's requests is measured (the render steps, then the kit from their renders),
 * and the whole kit in one go for comparison. The package is made here and handed
 * over as JSON, so none of its work warms a child. Warm figures are builds after the first in
 * this process, and the logo PNG renders alone.
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
import { RenderCache } from "../shared/kit/render_cache.ts";
import { RENDER_STEP_NAMES } from "../shared/kit/renders.ts";
import type { ColdSample, ColdStep } from "./lib/kit_cold.ts";
import { offlinePackage } from "./lib/kit_fixture.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    runs: { type: "string", default: "20" },
    "cold-runs": { type: "string", default: "3" },
    name: { type: "string", default: "Blue Harbor" },
  },
});
const runs = Number(values.runs);
const coldRuns = Number(values["cold-runs"]);
if (![runs, coldRuns].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error("--runs and --cold-runs must be positive integers");
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

/** One fresh process running `step` of the export of the package in `inputFile` once. */
async function coldRun(step: ColdStep, inputFile: string, rendersDir: string) {
  const child = new URL("./lib/kit_cold.ts", import.meta.url);
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", child.pathname, step, inputFile, rendersDir],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!success) throw new Error(`cold run failed: ${new TextDecoder().decode(stderr)}`);
  return JSON.parse(new TextDecoder().decode(stdout)) as ColdSample;
}

const COLD_STEPS: [ColdStep, string][] = [
  ["marks", "cold export, 1st request (marks: resvg set up, logo, icon and tile PNGs)"],
  ["social", "cold export, 2nd request (social: resvg and satori set up, covers, profiles)"],
  ["documents", "cold export, 3rd request (the kit from those renders: PDFs, guide, ZIP)"],
  ["whole", "cold kit in one request, for comparison"],
];

// The fixture's marks need the heading face, so its parse is timed here, apart from the build.
let input: Awaited<ReturnType<typeof offlinePackage>> | undefined;
const fixture = await measure(async () => input = await offlinePackage(values.name));
console.log(
  `offline package (analysis, marks, heading face parse): wall ${ms(fixture.wall)}; ` +
    `set in ${input!.typography?.heading} and ${input!.typography?.body}`,
);

const inputFile = await Deno.makeTempFile({ suffix: ".json" });
const rendersDir = await Deno.makeTempDir();
await Deno.writeTextFile(inputFile, JSON.stringify(input));
for (const [step, label] of COLD_STEPS) {
  const colds: ColdSample[] = [];
  for (let i = 0; i < coldRuns; i++) colds.push(await coldRun(step, inputFile, rendersDir));
  const pick = (key: keyof ColdSample) => ms(median(colds.map((s) => s[key])));
  console.log(
    `${label}, fresh process: CPU ${pick("totalCpu")} (import ${pick("importCpu")}, ` +
      `run ${pick("runCpu")}), wall ${pick("totalWall")} (median of ${coldRuns})`,
  );
}
const zips = await Promise.all(
  RENDER_STEP_NAMES.map((s) => Deno.readFile(`${rendersDir}/${s}.zip`)),
);
console.log(
  `renders kept between the requests: ${RenderCache.fromZips(zips).size}, ` +
    `${(zips.reduce((n, z) => n + z.length, 0) / 1024).toFixed(0)} KiB`,
);
await Deno.remove(inputFile);
await Deno.remove(rendersDir, { recursive: true });

const first = await measure(() => buildBrandKit(input!));
console.log(
  `first build in this process (builder imported, fixture's face parsed): wall ` +
    `${ms(first.wall)}, CPU ${ms(first.cpu)}`,
);
const builds: Sample[] = [];
let kit: Awaited<ReturnType<typeof buildBrandKit>> | undefined;
for (let i = 0; i < runs; i++) {
  builds.push(await measure(async () => kit = await buildBrandKit(input!)));
}
report("buildBrandKit, warm", builds);

const parsed = BrandKitInputSchema.parse(input);
const type = await kitType(parsed);
const logos = kitLogos(parsed, type.nameFonts, {
  style: wordmarkStyle(type.heading),
  fontRef: fontRef(type.heading),
});
const renders: Sample[] = [];
for (let i = 0; i < runs; i++) {
  renders.push(await measure(() => renderFiles(parsed, logos, new RenderCache().render)));
}
report("logo PNG renders alone (icons, app icons, wordmarks, lockups, previews)", renders);

const files = kit!.files;
console.log(
  `kit: ${files.length} files, ${(kit!.zip.length / 1024).toFixed(0)} KiB zipped ` +
    `(${(files.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KiB unzipped)`,
);
