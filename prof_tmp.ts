import { cpuUsage } from "node:process";
import { BrandKitInputSchema } from "./shared/kit/input.ts";
import { kitLogos } from "./shared/kit/logos.ts";
import { loadBrandFonts } from "./shared/logos/fonts.ts";
import { renderFiles } from "./shared/kit/render_files.ts";
import { webFiles } from "./shared/kit/web_files.ts";
import { socialFiles } from "./shared/kit/social_files.ts";
import { printFiles } from "./shared/kit/pdf/print_files.ts";
import { guidelinesFile } from "./shared/kit/pdf/guidelines.ts";
import { guideFile } from "./shared/kit/guide.ts";
import { KIT_FONT } from "./shared/kit/font.ts";
import { buildBrandKit } from "./shared/kit/build.ts";
import { offlinePackage } from "./scripts/lib/kit_fixture.ts";
const raw = await offlinePackage("Blue Harbor");
await buildBrandKit(raw);
const input = BrandKitInputSchema.parse(raw);
const cpu = async (label: string, f: () => Promise<unknown> | unknown) => {
  const c = cpuUsage(); const r = await f(); const u = cpuUsage(c);
  console.log(label, ((u.user + u.system) / 1000).toFixed(0), "ms CPU"); return r;
};
const logos = await cpu("logos", async () => kitLogos(input, await loadBrandFonts(input.brand.name))) as any;
const rendered = await cpu("renders", () => renderFiles(input, logos)) as any;
await cpu("web", () => webFiles(input, logos, rendered));
await cpu("social", () => socialFiles(input, logos, KIT_FONT));
await cpu("print", () => printFiles(input, logos, KIT_FONT, rendered));
await cpu("guidelines", () => guidelinesFile(input, logos, KIT_FONT, rendered));
await cpu("whole", () => buildBrandKit(raw));
for (let i = 0; i < 2; i++) {
  await cpu("guidelines", () => guidelinesFile(input, logos, KIT_FONT, rendered));
  await cpu("print", () => printFiles(input, logos, KIT_FONT, rendered));
  await cpu("whole", () => buildBrandKit(raw));
}
