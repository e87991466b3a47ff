/**
 * One cold kit export step for scripts/bench kit, run as a fresh process, as an edge isolate's
 * first request would: it imports what the step needs, runs it once and prints the CPU and
 * wall time as JSON.
 *
 *   deno run -A scripts/lib/kit_cold.ts <step> <package.json> <renders dir>
 *
 * A step is one of the export's requests: a render step of shared/kit/renders.ts (marks,
 * social), writing its renders to <renders dir>/<step>.zip, or documents, building the kit
 * from every ZIP there; or whole, the kit built in one go. Nothing is imported statically, so
 * the measurement starts before any kit module loads.
 */
import { cpuUsage } from "node:process";

export type ColdStep = "marks" | "social" | "documents" | "whole";

export interface ColdSample {
  importCpu: number;
  runCpu: number;
  totalCpu: number;
  totalWall: number;
}

const cpuMs = (since: ReturnType<typeof cpuUsage>) => {
  const used = cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const kept = async (dir: string) => {
  const zips: Uint8Array[] = [];
  for await (const entry of Deno.readDir(dir)) {
    zips.push(await Deno.readFile(`${dir}/${entry.name}`));
  }
  return zips;
};

async function run(step: ColdStep, input: unknown, rendersDir: string): Promise<ColdSample> {
  const start = cpuUsage();
  const wall = performance.now();
  const { RenderCache } = await import("../../shared/kit/render_cache.ts");
  const { kitRenders } = await import("../../shared/kit/renders.ts");
  const rendering = step === "marks" || step === "social";
  const build = rendering ? undefined : await import("../../shared/kit/build.ts");
  const importCpu = cpuMs(start);
  const ran = cpuUsage();
  if (rendering) {
    await Deno.writeFile(
      `${rendersDir}/${step}.zip`,
      (await kitRenders(input as never, [step])).toZip(),
    );
  } else {
    const renders = step === "documents"
      ? RenderCache.fromZips(await kept(rendersDir))
      : new RenderCache();
    await build!.buildBrandKit(input as never, renders);
    if (step === "documents" && renders.rendered > 0) {
      throw new Error(`the second step rendered ${renders.rendered} images`);
    }
  }
  return {
    importCpu,
    runCpu: cpuMs(ran),
    totalCpu: cpuMs(start),
    totalWall: performance.now() - wall,
  };
}

if (import.meta.main) {
  const [step, inputFile, rendersDir] = Deno.args;
  const input = JSON.parse(await Deno.readTextFile(inputFile));
  console.log(JSON.stringify(await run(step as ColdStep, input, rendersDir)));
}
