/**
 * One cold kit export for scripts/bench kit, run as a fresh process: imports the kit builder
 * (as shared/http/kit_export.ts does on an isolate's first export), builds the kit of the
 * package in the JSON file given, and prints the CPU and wall time of each as JSON.
 *
 *   deno run -A scripts/lib/kit_cold.ts <package.json>
 *
 * Nothing is imported statically, so the first measurement starts before any kit module
 * loads.
 */
import { cpuUsage } from "node:process";

export interface ColdSample {
  importCpu: number;
  buildCpu: number;
  totalCpu: number;
  totalWall: number;
}

const cpuMs = (since: ReturnType<typeof cpuUsage>) => {
  const used = cpuUsage(since);
  return (used.user + used.system) / 1000;
};

if (import.meta.main) {
  const input = JSON.parse(await Deno.readTextFile(Deno.args[0]));
  const start = cpuUsage();
  const wall = performance.now();
  const { buildBrandKit } = await import("../../shared/kit/build.ts");
  const importCpu = cpuMs(start);
  const built = cpuUsage();
  await buildBrandKit(input);
  const sample: ColdSample = {
    importCpu,
    buildCpu: cpuMs(built),
    totalCpu: cpuMs(start),
    totalWall: performance.now() - wall,
  };
  console.log(JSON.stringify(sample));
}
