/**
 * Concept marks: icon search finds icons that depict concrete concepts, composed marks are
 * sanitizer-clean SVG whose ink stays inside the app-icon safe circle, optically centred, with
 * one stroke weight per family; logos and the kit manifest record what each mark depicts.
 * Briefs here are deliberately not the benchmark briefs of scripts/bench_quality.ts.
 */
import assert from "node:assert/strict";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { unzipSync, unzlibSync } from "fflate";
import { type BriefAnalysis, PERSONALITIES } from "../shared/analysis/schema.ts";
import { offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import { hexToOklch } from "../shared/colors/oklch.ts";
import { buildBrandKit } from "../shared/kit/build.ts";
import { logoPalette } from "../shared/kit/logos.ts";
import { renderPng } from "../shared/kit/render.ts";
import { loadBrandFonts } from "../shared/logos/fonts.ts";
import { OFFLINE_MODEL, OFFLINE_PROVIDER } from "../shared/logos/offline.ts";
import { sanitizeSvg, sanitizeSvgTree } from "../shared/logos/sanitize_svg.ts";
import {
  CANVAS,
  composeMark,
  MARK_FAMILIES,
  type MarkFamily,
  SAFE_RADIUS,
} from "../shared/marks/compose.ts";
import { CONCEPT_MARKS_MODEL, familyOrder, FILLED_FAMILIES } from "../shared/marks/engine.ts";
import { type Icon, loadIcons } from "../shared/marks/icons.ts";
import { legiblePalette, logoMarks } from "../shared/marks/logo_marks.ts";
import { searchIcons } from "../shared/marks/search.ts";
import { contrastRatio } from "../shared/colors/contrast.ts";
import { bundledResearch } from "../shared/research/bundled.ts";

const colorResearch = await bundledResearch("colors");
const logoResearch = await bundledResearch("logo_styles");

const { icons, libraries } = await loadIcons();
const icon = (set: string, name: string): Icon =>
  icons.find((i) => i.set === set && i.name === name)!;
const search = (term: string, related: string[] = []) =>
  searchIcons(icons, [{ term, related, weight: 1 }], 5).map((m) => m.icon.name);

const BRIEF = {
  description: "Barber shop in Leeds cutting hair and trimming beards, with hot towel shaves.",
};
const ANALYSIS: BriefAnalysis = {
  version: "test",
  source: "offline",
  industry: "beauty",
  offerings: ["haircuts", "beard trims", "shaves"],
  benefits: ["a sharp look"],
  audience: ["men"],
  place: "Leeds",
  personality: ["rugged", "classic"],
  concepts: [
    { term: "barber", related: ["scissors", "razor", "comb"], weight: 1 },
    { term: "beard", related: ["moustache", "shave"], weight: 0.7 },
  ],
};
const NAME = "Northgate Barbers";
const PALETTE = logoPalette(
  buildPalette(offlinePaletteSpec({ ...BRIEF, name: NAME }, colorResearch)),
);
const FONTS = await loadBrandFonts(`${NAME.toUpperCase()}${NAME}`);
const ctx = (ids: string) => ({ palette: PALETTE, fonts: FONTS, name: NAME, initials: "NB", ids });

/** Every pixel with ink, as [x, y] on a `size` × `size` render of `svg`. */
async function inkPixels(svg: string, size = 200): Promise<[number, number][]> {
  const png = await renderPng(sanitizeSvgTree(svg).root, size, size);
  const pixels = decodeRgba(png, size);
  const ink: [number, number][] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (pixels[(y * size + x) * 4 + 3] > 8) ink.push([x, y]);
  }
  return ink;
}

/** The pixels of a PNG renderPng wrote (8-bit RGBA), its row filters undone. */
function decodeRgba(png: Uint8Array, size: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) joined.set(c, (offset += c.length) - c.length);
  return unfilter(unzlibSync(joined), size);
}

function unfilter(raw: Uint8Array, size: number): Uint8Array {
  const stride = size * 4;
  const out = new Uint8Array(size * stride);
  for (let y = 0; y < size; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
        ? a
        : Math.abs(p - b) <= Math.abs(p - c)
        ? b
        : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      out[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return out;
}

Deno.test("icon search: concrete concepts find the icon that depicts them", () => {
  assert.match(search("tooth")[0], /tooth|dental/);
  assert.match(search("bread")[0], /bread|baguette/);
  assert.equal(search("bicycle")[0], "bike");
  assert.equal(search("scissors")[0], "scissors");
  assert.equal(search("anchor")[0], "anchor");
  assert.equal(search("tent")[0], "tent");
  // A compound finds the thing it is built on.
  assert.equal(search("watchmaking")[0], "watch");
  // Tags reach an icon named for something else: a barber's razor.
  assert.equal(search("barber")[0], "razor");
  // Related words reach an icon the term alone has none for.
  assert.equal(search("lantern", ["lamp", "light"])[0], "lamp");
});

Deno.test("icon search: results are distinct, and an unknown word finds nothing", () => {
  const names = search("cake");
  assert.equal(new Set(names.map((n) => n.replace(/-\d+$/, ""))).size, names.length);
  assert.deepEqual(search("qzxv"), []);
  // Harm is shown only when asked for by name: a security firm gets no virus.
  assert.ok(!search("cybersecurity").includes("virus"));
  assert.equal(search("virus")[0], "virus");
});

Deno.test("icon search: the central concept outranks a peripheral one", () => {
  const ranked = searchIcons(icons, [
    { term: "coffee", related: [], weight: 1 },
    { term: "dog", related: [], weight: 0.3 },
  ], 3);
  assert.equal(ranked[0].icon.name, "coffee");
  assert.equal(ranked[0].concept, "coffee");
});

Deno.test("icon search: a related word's echo does not outrank the central concept's own icon", () => {
  // A dental clinic: "smile" is both tooth's related word and a concept of its own.
  const ranked = searchIcons(icons, [
    { term: "tooth", related: ["smile"], weight: 0.75 },
    { term: "smile", related: [], weight: 0.75 },
  ], 3);
  assert.equal(ranked[0].icon.name, "dental");
});

Deno.test("every mark family is sanitizer-clean SVG with its ink inside the safe circle", async () => {
  const samples = [icon("tabler", "bread"), icon("lucide", "bike"), icon("tabler", "dental")];
  for (const sample of samples) {
    for (const family of MARK_FAMILIES) {
      const mark = composeMark(family, sample, ctx(`t-${family}`));
      const clean = sanitizeSvg(mark.svg);
      assert.deepEqual(clean.removed, [], `${family} ${sample.name}: nothing to remove`);
      const size = 200;
      const limit = (SAFE_RADIUS / CANVAS) * size + 1.5;
      const outside = (await inkPixels(mark.svg, size)).filter(([x, y]) =>
        Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > limit
      );
      assert.equal(outside.length, 0, `${family} ${sample.name}: ink outside the safe circle`);
    }
  }
});

Deno.test("a bare icon is centred on its ink, not on its grid", async () => {
  // Tabler's bread sits low on its 24-unit grid; centred by the grid it would sit low.
  for (const sample of [icon("tabler", "bread"), icon("lucide", "dog"), icon("tabler", "piano")]) {
    const ink = await inkPixels(composeMark("symbol", sample, ctx("c")).svg);
    const xs = ink.map(([x]) => x);
    const ys = ink.map(([, y]) => y);
    const cx = (Math.min(...xs) + Math.max(...xs) + 1) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys) + 1) / 2;
    assert.ok(
      Math.abs(cx - 100) <= 1.5 && Math.abs(cy - 100) <= 1.5,
      `${sample.name}: ${cx},${cy}`,
    );
  }
});

Deno.test("icons of different sizes get one stroke weight within a family", () => {
  // The icon's group: its scale, then its stroke width in the icon's own units.
  const weight = (svg: string) => {
    const [, scale, width] = svg.match(/scale\(([\d.]+)\)"[^>]*stroke-width="([\d.]+)"/)!;
    return Number(scale) * Number(width);
  };
  for (const family of ["icon-circle", "symbol", "emblem"] as MarkFamily[]) {
    const weights = [icon("tabler", "bread"), icon("lucide", "bike"), icon("tabler", "dental")]
      .map((sample) => weight(composeMark(family, sample, ctx("w")).svg));
    for (const w of weights) assert.ok(Math.abs(w - weights[0]) < 0.02, `${family}: ${weights}`);
  }
});

Deno.test("a pale primary is deepened in its own hue until a cut-out icon reads on it", () => {
  const pale = { ...PALETTE, primary: "#9fe8f0", background: "#ffffff" };
  const legible = legiblePalette(pale);
  assert.ok(contrastRatio(legible.primary, legible.background) >= 3);
  // Still the brand's cyan, not the text color or another role.
  const hueGap = Math.abs(hexToOklch(legible.primary).h - hexToOklch(pale.primary).h);
  assert.ok(Math.min(hueGap, 360 - hueGap) < 8, legible.primary);
  assert.notEqual(legible.primary, pale.text);
  assert.equal(legiblePalette(PALETTE).primary, PALETTE.primary);
});

Deno.test("personalities order the families; the primary is always a filled container", () => {
  assert.deepEqual(familyOrder(["premium"]).slice(0, 2), ["icon-circle", "emblem"]);
  assert.equal(familyOrder(["rugged", "natural"])[0], "icon-shield");
  for (const p of PERSONALITIES) assert.ok(FILLED_FAMILIES.has(familyOrder([p])[0]), p);
  assert.equal(new Set(familyOrder(["technical"])).size, MARK_FAMILIES.length);
});

Deno.test("logo marks: the primary depicts the brief with a licensed icon; geometric alternates follow", async () => {
  const marks = await logoMarks(
    { brand_name: NAME, style: "minimal", brief: BRIEF, count: 4 },
    { analysis: ANALYSIS, palette: PALETTE, fonts: FONTS, research: logoResearch, ids: "lm" },
  );
  assert.equal(marks.length, 4);
  const [primary] = marks;
  assert.equal(primary.model, CONCEPT_MARKS_MODEL);
  assert.equal(primary.depicts.concept, "barber");
  const { set, name, license } = primary.depicts.icon!;
  assert.match(name, /razor|blade|scissors/);
  assert.equal(license, libraries.find((l) => l.set === set)!.license);
  assert.ok(["MIT", "ISC"].includes(license));
  assert.equal(marks.at(-1)!.model, OFFLINE_MODEL, "one geometric alternate in four");
  assert.ok(marks.every((m) => m.depicts.concept.length > 0));
  for (const mark of marks) assert.deepEqual(sanitizeSvg(mark.svg).removed, []);
});

Deno.test("the kit manifest records what each mark depicts and the icon licenses", async () => {
  const marks = await logoMarks(
    { brand_name: NAME, style: "minimal", brief: BRIEF, count: 2 },
    { analysis: ANALYSIS, palette: PALETTE, fonts: FONTS, research: logoResearch, ids: "km" },
  );
  const kit = await buildBrandKit({
    brand: { name: NAME, description: BRIEF.description },
    palette: buildPalette(offlinePaletteSpec({ ...BRIEF, name: NAME }, colorResearch)),
    logos: marks.map((mark, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i + 1}`,
      concept: mark.concept,
      svg: mark.svg,
      provider: OFFLINE_PROVIDER,
      model: mark.model,
      prompt_version: "test",
      depicts: mark.depicts,
    })),
    names: [],
    domains: [],
    taglines: [],
    provenance: {},
    generated_at: "2026-03-14T15:09:26.535Z",
  });
  const files = unzipSync(kit.zip);
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
  const guide = new TextDecoder().decode(files["brand-guide.html"]);
  const { name, license } = marks[0].depicts.icon!;
  assert.ok(guide.includes(`showing barber (`) && guide.includes(`${name}, ${license})`));
  assert.deepEqual(manifest.logos[0].depicts, marks[0].depicts);
  const set = marks[0].depicts.icon!.set;
  const library = libraries.find((l) => l.set === set)!;
  // Fonts and the language libraries are listed too; the icon library once, with its license.
  const icons = manifest.licenses.filter((l: { name: string }) => l.name === library.title);
  assert.deepEqual(icons, [{
    name: library.title,
    version: library.version,
    license: library.license,
    url: library.url,
  }]);
});

Deno.test("logo marks: a brief with nothing to depict gets a lettermark, then geometric marks", async () => {
  const abstract = { ...ANALYSIS, concepts: [{ term: "qzxv", related: [], weight: 1 }] };
  const marks = await logoMarks(
    { brand_name: NAME, style: "minimal", brief: BRIEF, count: 3 },
    { analysis: abstract, palette: PALETTE, fonts: FONTS, research: logoResearch, ids: "ab" },
  );
  assert.equal(marks.length, 3);
  assert.equal(marks[0].concept, "lettermark");
  assert.deepEqual(marks[0].depicts, { concept: "the initials NB" });
  assert.ok(marks.slice(1).every((m) => m.model === OFFLINE_MODEL && !m.depicts.icon));
});

Deno.test("logo marks: a name the font cannot set skips the emblem, not the request", async () => {
  const name = "Harbor Bay 東京";
  const fonts = await loadBrandFonts(name);
  const marks = await logoMarks(
    { brand_name: name, style: "minimal", brief: BRIEF, count: 8 },
    {
      analysis: { ...ANALYSIS, personality: ["premium"] },
      palette: PALETTE,
      fonts,
      research: logoResearch,
      ids: "jp",
    },
  );
  assert.equal(marks.length, 8);
  const kinds = marks.map((m) => m.concept);
  assert.ok(!kinds.includes("emblem"));
  assert.ok(marks[0].depicts.icon);
});

Deno.test("icon search: a surf school gets waves, not the waving hand tagged 'wave'", () => {
  const analysis = analyzeBrief({
    description: "Surf school in Ericeira teaching beginners and kids",
  });
  assert.equal(searchIcons(icons, analysis.concepts, 1)[0].icon.name, "ripple");
});
