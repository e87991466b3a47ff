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
import { offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import { buildBrandKit } from "../shared/kit/build.ts";
import { type BrandKitInput, BrandKitInputSchema } from "../shared/kit/input.ts";
import { kitLogos, logoPalette } from "../shared/kit/logos.ts";
import { renderFiles } from "../shared/kit/render_files.ts";
import { loadBrandFonts } from "../shared/logos/fonts.ts";
import {
  initialsOf,
  OFFLINE_MODEL,
  OFFLINE_PROVIDER,
  offlineMarks,
  offlinePromptVersion,
} from "../shared/logos/offline.ts";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { generateNamesOffline } from "../shared/names/offline.ts";
import { NamesInputSchema } from "../shared/names/schema.ts";
import { generateTaglinesOffline } from "../shared/taglines/offline.ts";
import { TaglinesInputSchema } from "../shared/taglines/schema.ts";
import { bundledResearch } from "../shared/research/bundled.ts";

const colorResearch = await bundledResearch("colors");
const namingResearch = await bundledResearch("naming");
const taglineResearch = await bundledResearch("taglines");
const logoStyleResearch = await bundledResearch("logo_styles");

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

const brief = {
  description: "A sailing school for adults on the North Sea coast: small groups, calm " +
    "instructors and weekend courses from first knots to the skipper's licence.",
  industry: "education",
  keywords: ["sailing", "sea", "coast"],
};

/** A package as the offline generators make it: palette, 4 marks, names, taglines. */
async function offlinePackage(name: string): Promise<BrandKitInput> {
  const palette = buildPalette(offlinePaletteSpec({ ...brief, name }, colorResearch));
  const fonts = await loadBrandFonts(`${name}${initialsOf(name)}`);
  const marks = offlineMarks(
    { brand_name: name, style: "minimal", brief, palette: logoPalette(palette), count: 4 },
    { font: fonts, research: logoStyleResearch },
  );
  const names = generateNamesOffline(
    NamesInputSchema.parse({ brief, count: 12 }),
    analyzeBrief(brief),
    namingResearch,
  );
  const offline = { provider: "offline", model: "offline" };
  return {
    brand: { name, description: brief.description },
    palette,
    logos: marks.map((mark, i) => ({
      id: `logo-${i + 1}`,
      concept: mark.concept,
      svg: mark.svg,
      provider: OFFLINE_PROVIDER,
      model: OFFLINE_MODEL,
      prompt_version: offlinePromptVersion(logoStyleResearch),
    })),
    names,
    domains: names.flatMap((n) =>
      ["com", "io", "co", "ai", "app"].map((tld) => ({
        domain: `${n.name.toLowerCase().replace(/[^a-z0-9]/g, "")}.${tld}`,
        name: n.name,
        tld,
        status: "unknown" as const,
        source: "rdap" as const,
        server: null,
        checked_at: "2026-01-01T00:00:00.000Z",
      }))
    ),
    taglines: generateTaglinesOffline(
      TaglinesInputSchema.parse({ brand_name: name, brief, count: 8 }),
      analyzeBrief(brief),
      taglineResearch,
    ),
    provenance: { names: offline, colors: offline, logos: offline, taglines: offline },
    generated_at: "2026-01-01T00:00:00.000Z",
  };
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

// The fixture's marks need the bold font, so its parse is timed here, apart from the build.
const fontParse = await measure(() => loadBrandFonts(values.name));
console.log(`font parse (Manrope 700, once per isolate): wall ${ms(fontParse.wall)}`);
const input = await offlinePackage(values.name);
let kit: Awaited<ReturnType<typeof buildBrandKit>> | undefined;
const cold = await measure(async () => kit = await buildBrandKit(input));
console.log(
  `cold first build (wasm compile, the kit faces parsed): wall ${ms(cold.wall)}, ` +
    `CPU ${ms(cold.cpu)}`,
);

const builds: Sample[] = [];
for (let i = 0; i < runs; i++) builds.push(await measure(() => buildBrandKit(input)));
report("buildBrandKit, warm", builds);

const parsed = BrandKitInputSchema.parse(input);
const logos = kitLogos(parsed, await loadBrandFonts(parsed.brand.name));
const renders: Sample[] = [];
for (let i = 0; i < runs; i++) renders.push(await measure(() => renderFiles(parsed, logos)));
report("PNG renders alone (icon ×8 sizes, lockups ×6, favicon)", renders);

const files = kit!.files;
console.log(
  `kit: ${files.length} files, ${(kit!.zip.length / 1024).toFixed(0)} KiB zipped ` +
    `(${(files.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KiB unzipped)`,
);
