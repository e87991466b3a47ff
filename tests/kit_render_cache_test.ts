/**
 * A kit's renders can be made in earlier requests and kept (shared/kit/render_cache.ts,
 * renders.ts): the kit built from them is the kit built live, byte for byte, and rasterizes
 * nothing.
 */
import assert from "node:assert/strict";
import { buildBrandKit } from "../shared/kit/build.ts";
import { RASTERIZER, renderSvgText } from "../shared/kit/render.ts";
import { RenderCache } from "../shared/kit/render_cache.ts";
import { kitRenders, RENDER_STEP_NAMES } from "../shared/kit/renders.ts";
import { LAYOUT_ENGINE } from "../shared/kit/social.ts";
import { offlinePackage } from "../scripts/lib/kit_fixture.ts";

const DOT = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">` +
  `<circle cx="4" cy="4" r="3" fill="#3e694d"/></svg>`;

Deno.test("a kit built from kept renders is the live kit, and renders nothing", async () => {
  const input = await offlinePackage("Blue Harbor");
  const live = await buildBrandKit(input);
  const zips = [];
  for (const step of RENDER_STEP_NAMES) zips.push((await kitRenders(input, [step])).toZip());
  const kept = RenderCache.fromZips(zips);
  const made = kept.size;
  const built = await buildBrandKit(input, kept);
  assert.equal(built.sha256, live.sha256);
  assert.equal(kept.rendered, 0, "every render was found kept");
  assert.equal(kept.size, made);
});

Deno.test("the steps split the renders: none is made twice, none is left for the kit", async () => {
  const input = await offlinePackage("Kite");
  const steps = await Promise.all(RENDER_STEP_NAMES.map((step) => kitRenders(input, [step])));
  const all = await kitRenders(input);
  assert.equal(steps.reduce((n, cache) => n + cache.size, 0), all.size);
  assert.ok(steps.every((cache) => cache.size > 0));
});

Deno.test("kept renders round-trip through their ZIP; another rasterizer's are ignored", async () => {
  const cache = new RenderCache();
  const png = await cache.render(DOT);
  assert.deepEqual(png, await renderSvgText(DOT));
  const again = RenderCache.fromZips([cache.toZip()]);
  assert.deepEqual(await again.render(DOT), png);
  assert.equal(again.rendered, 0);
  assert.deepEqual(cache.toZip(), again.toZip(), "the archive depends on the renders alone");

  const other = RenderCache.fromZips([cache.toZip()].map((zip) => renamed(zip, RASTERIZER)));
  assert.equal(other.size, 0);
});

Deno.test("the versions render keys name are the ones deno.json pins", async () => {
  const imports = JSON.parse(await Deno.readTextFile("deno.json")).imports;
  assert.equal(`resvg-wasm@${imports["@resvg/resvg-wasm"].split("@").pop()}`, RASTERIZER);
  assert.equal(`satori@${imports["satori"].split("@").pop()}`, LAYOUT_ENGINE);
});

/** The ZIP with its entries' rasterizer folder renamed (same length, so offsets hold). */
function renamed(zip: Uint8Array, from: string): Uint8Array {
  const text = new TextDecoder("latin1").decode(zip);
  const to = from.replace(/\d(?=[^\d]*$)/, (d) => String((Number(d) + 1) % 10));
  return Uint8Array.from(text.replaceAll(from, to), (c) => c.charCodeAt(0));
}
