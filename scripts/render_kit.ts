/**
 * scripts/render_kit.ts: renders a kit so a person can look at it. Writes PNGs under
 * <kit>/preview/: the HTML guide (desktop light, desktop dark, phone) through headless
 * Chromium, every page of every PDF through poppler's pdftoppm, and a copy of each social
 * image. With --build <name>, first builds an offline kit into <kit> (no stack needed).
 *
 *   scripts/render-kit out/blue-harbor            # an unzipped kit (scripts/demo writes one)
 *   scripts/render-kit /tmp/kit --build "Blue Harbor"
 *
 * Needs `chromium-headless-shell` (or CHROMIUM=<binary>) and `pdftoppm` (poppler-utils).
 */
import { parseArgs } from "node:util";
import { unzipSync } from "fflate";
import { buildBrandKit } from "../shared/kit/build.ts";
import { offlinePackage } from "./lib/kit_fixture.ts";

const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { build: { type: "string" } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: scripts/render-kit <kit dir> [--build "Brand Name"]');
  Deno.exit(2);
}

async function run(command: string, args: string[]): Promise<void> {
  const { code, stderr } = await new Deno.Command(command, {
    args,
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (code !== 0) throw new Error(`${command} failed: ${new TextDecoder().decode(stderr)}`);
}

async function which(candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    try {
      const { code } = await new Deno.Command(candidate, {
        args: ["--version"],
        stdout: "null",
        stderr: "null",
      })
        .output();
      if (code === 0) return candidate;
    } catch {
      // not installed under this name
    }
  }
}

async function files(root: string, pattern: RegExp): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string) => {
    for await (const entry of Deno.readDir(at)) {
      const path = `${at}/${entry.name}`;
      if (entry.isDirectory && entry.name !== "preview") await walk(path);
      else if (pattern.test(path)) found.push(path);
    }
  };
  await walk(root);
  return found.sort();
}

if (values.build) {
  const kit = await buildBrandKit(await offlinePackage(values.build));
  for (const [path, data] of Object.entries(unzipSync(kit.zip))) {
    const target = `${dir}/${path}`;
    await Deno.mkdir(target.slice(0, target.lastIndexOf("/")), { recursive: true });
    await Deno.writeFile(target, data);
  }
}

const preview = `${dir}/preview`;
await Deno.mkdir(preview, { recursive: true });
const written: string[] = [];

const chromium = Deno.env.get("CHROMIUM") ??
  await which(["chromium-headless-shell", "/usr/lib/chromium/chromium-headless-shell", "chromium"]);
if (!chromium) throw new Error("no headless Chromium: apt-get install chromium-headless-shell");
const guide = new URL(`file://${await Deno.realPath(`${dir}/brand-guide.html`)}`).href;
const shots: [string, string, string[]][] = [
  ["guide-desktop.png", "1280,4200", []],
  ["guide-desktop-dark.png", "1280,4200", ["--blink-settings=preferredColorScheme=0"]],
  ["guide-phone.png", "390,5200", []],
];
for (const [name, size, extra] of shots) {
  await run(chromium, [
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    ...extra,
    `--window-size=${size}`,
    `--screenshot=${preview}/${name}`,
    guide,
  ]);
  written.push(name);
}

for (const pdf of await files(dir, /\.pdf$/)) {
  const base = pdf.slice(dir.length + 1).replace(/\.pdf$/, "").replaceAll("/", "-");
  await run("pdftoppm", ["-png", "-r", "72", pdf, `${preview}/${base}`]);
  written.push(`${base}-*.png`);
}

for (const image of await files(`${dir}/social`, /\.png$/)) {
  const name = `social-${image.slice(image.lastIndexOf("/") + 1)}`;
  await Deno.copyFile(image, `${preview}/${name}`);
  written.push(name);
}
console.log(`${preview}/: ${written.join(", ")}`);
