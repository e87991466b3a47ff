import assert from "node:assert/strict";
import fc from "fast-check";
import { apcaContrast, contrastRatio, WCAG_AA, WCAG_AAA } from "../shared/colors/contrast.ts";
import { paletteCss } from "../shared/colors/css.ts";
import { gamutMap, inGamut, oklchToHex } from "../shared/colors/gamut.ts";
import { harmonyHues } from "../shared/colors/harmony.ts";
import { normalizeHex } from "../shared/colors/hex.ts";
import { hexToOklch, type Oklch, rgbToOklab, rgbToOklch } from "../shared/colors/oklch.ts";
import { type OfflineColorInput, offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import { BRAND_SHAPE, brandPeak, buildScale, seedFromHex } from "../shared/colors/scale.ts";
import { SCALE_STEPS } from "../shared/colors/steps.ts";
import {
  type ColorSeed,
  type Palette,
  PaletteSchema,
  type PaletteSpec,
  PaletteSpecSchema,
} from "../shared/colors/schema.ts";
import { bundledResearch } from "../shared/research/bundled.ts";

const colorResearch = await bundledResearch("colors");
const { harmonies, industries, moods } = colorResearch;

const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------- arbitraries

const hexArb = fc.integer({ min: 0, max: 0xffffff }).map((n) =>
  `#${n.toString(16).padStart(6, "0")}`
);
const hueArb = fc.double({ min: 0, max: 360, noNaN: true });
const chromaArb = fc.double({ min: 0, max: 0.37, noNaN: true });

const seedArb: fc.Arbitrary<ColorSeed> = fc.oneof(
  hexArb.map((hex) => ({ hex })),
  fc.record({ hue: hueArb, chroma: chromaArb }),
  fc.record({ hue: hueArb }),
);

const specArb: fc.Arbitrary<PaletteSpec> = fc.record({
  primary: seedArb,
  secondary: seedArb,
  accents: fc.array(seedArb, { maxLength: 4 }),
  chroma: chromaArb,
  neutral: fc.oneof(
    hexArb.map((hex) => ({ hex })),
    fc.record({ hue: hueArb, chroma: fc.double({ min: 0, max: 0.06, noNaN: true }) }),
  ),
});

const briefWords = [
  ...industries.flatMap((i) => i.triggers),
  ...moods.flatMap((m) => m.triggers),
  "we",
  "help",
  "people",
  "with",
  "a",
  "new",
  "kind",
  "of",
  "service",
  "für",
  "café",
  "🙂",
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...briefWords), { minLength: 1, maxLength: 30 }).map((w) => w.join(" ")),
  fc.string({ maxLength: 200 }),
);
const briefArb: fc.Arbitrary<OfflineColorInput> = fc.record({
  description: textArb,
  industry: fc.option(fc.constantFrom(...industries.map((i) => i.id), "widgets"), {
    nil: undefined,
  }),
  keywords: fc.option(fc.array(textArb, { maxLength: 10 }), { nil: undefined }),
  tone: fc.option(textArb, { nil: undefined }),
  mood: fc.option(fc.constantFrom(...moods.map((m) => m.id), "quiet confidence"), {
    nil: undefined,
  }),
  name: fc.option(textArb, { nil: undefined }),
  baseColors: fc.option(fc.array(hexArb, { maxLength: 6 }), { nil: undefined }),
  accentCount: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
});

// ---------------------------------------------------------------- helpers

const TEXT_PAIRS = ["text", "text_muted", "link"].flatMap((fg) =>
  ["background", "surface"].map((bg) => [fg, bg])
);

/** Every pair a UI puts text on, recomputed from the themes rather than read from the table. */
function readablePairs(palette: Palette, theme: "light" | "dark"): [string, string][] {
  const roles = Object.keys(palette.themes[theme]);
  const fills = roles.filter((r) => roles.includes(`on_${r}`)).map((r) => [`on_${r}`, r]);
  return [...TEXT_PAIRS, ...fills] as [string, string][];
}

function assertContrastGuarantees(palette: Palette) {
  for (const theme of ["light", "dark"] as const) {
    const colors = palette.themes[theme];
    for (const [fg, bg] of readablePairs(palette, theme)) {
      const ratio = contrastRatio(colors[fg], colors[bg]);
      assert.ok(ratio >= WCAG_AA, `${theme} ${fg} ${colors[fg]} on ${bg} ${colors[bg]}: ${ratio}`);
      const entry = palette.contrast.find((e) => e.theme === theme && e.fg === fg && e.bg === bg);
      assert.ok(entry, `contrast table lists ${theme} ${fg}/${bg}`);
      assert.equal(entry.aa, true);
      assert.ok(entry.ratio >= WCAG_AA && entry.ratio <= ratio);
      assert.equal(entry.aaa, ratio >= WCAG_AAA);
    }
  }
}

const brandRoles = (spec: PaletteSpec): [string, ColorSeed][] => [
  ["primary", spec.primary],
  ["secondary", spec.secondary],
  ...spec.accents.map((
    seed,
    i,
  ): [string, ColorSeed] => [i === 0 ? "accent" : `accent_${i + 1}`, seed]),
];

function assertKeptExactly(spec: PaletteSpec, palette: Palette) {
  const seeds = [...brandRoles(spec), ["neutral", spec.neutral] as [string, ColorSeed]];
  for (const [role, seed] of seeds) {
    const entry = palette.colors.find((c) => c.role === role)!;
    if ("hex" in seed) {
      const hex = normalizeHex(seed.hex);
      assert.equal(palette.themes.light[role], hex, `${role} kept in light`);
      assert.equal(palette.themes.dark[role], hex, `${role} kept in dark`);
      assert.ok(Object.values(palette.scales[role]).includes(hex), `${role} scale contains it`);
      assert.equal(entry.kept, true);
    } else {
      assert.equal(entry.kept, false);
    }
  }
}

function hueOf(seed: ColorSeed | PaletteSpec["neutral"]): number {
  assert.ok("hue" in seed, `expected a hue seed, got ${JSON.stringify(seed)}`);
  return seed.hue;
}

const hueIn = (hue: number, range: { from: number; to: number }) =>
  range.from <= range.to
    ? hue >= range.from && hue <= range.to
    : hue >= range.from || hue <= range.to;

// ---------------------------------------------------------------- color math

Deno.test("OKLCH of the sRGB primaries matches the published OKLab values", () => {
  const cases: [string, Oklch][] = [
    ["#ff0000", { l: 0.627955, c: 0.257683, h: 29.2339 }],
    ["#00ff00", { l: 0.866440, c: 0.294827, h: 142.4953 }],
    ["#0000ff", { l: 0.452014, c: 0.313214, h: 264.0520 }],
  ];
  for (const [hex, expected] of cases) {
    const actual = hexToOklch(hex);
    assert.ok(Math.abs(actual.l - expected.l) < 1e-6, `${hex} L ${actual.l}`);
    assert.ok(Math.abs(actual.c - expected.c) < 1e-6, `${hex} C ${actual.c}`);
    assert.ok(Math.abs(actual.h - expected.h) < 1e-4, `${hex} h ${actual.h}`);
  }
  assert.ok(Math.abs(hexToOklch("#ffffff").l - 1) < 1e-7);
  assert.ok(hexToOklch("#ffffff").c < 1e-6);
});

Deno.test("every sRGB color survives the round trip through OKLCH unchanged", () => {
  fc.assert(fc.property(hexArb, (hex) => oklchToHex(hexToOklch(hex)) === hex), { numRuns: 2000 });
});

Deno.test("gamut mapping lands in sRGB within a JND of the color's lightness and hue", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      chromaArb,
      hueArb,
      (l, c, h) => {
        const mapped = gamutMap({ l, c, h });
        assert.ok(inGamut(mapped));
        // Distance from the mapped color to the original's chroma-reduction line in OKLab:
        // CSS Color 4 mapping only lowers chroma, then clips within a JND (ΔEOK 0.02).
        const p = rgbToOklab(mapped);
        const [cos, sin] = [Math.cos(h * Math.PI / 180), Math.sin(h * Math.PI / 180)];
        const t = Math.min(c, Math.max(0, p.a * cos + p.b * sin));
        const distance = Math.hypot(p.l - l, p.a - t * cos, p.b - t * sin);
        assert.ok(distance < 0.02, `oklch(${l} ${c} ${h}) moved ${distance}`);
      },
    ),
    { numRuns: 2000 },
  );
  const inside = rgbToOklch(gamutMap({ l: 0.6, c: 0.1, h: 200 }));
  assert.ok(Math.abs(inside.l - 0.6) < 1e-6 && Math.abs(inside.c - 0.1) < 1e-6, "in gamut: as is");
  assert.ok(Math.abs(inside.h - 200) < 1e-4);
  assert.equal(oklchToHex({ l: 1.2, c: 0.3, h: 40 }), "#ffffff");
  assert.equal(oklchToHex({ l: -0.1, c: 0.3, h: 40 }), "#000000");
});

Deno.test("WCAG contrast ratios match the spec's known values", () => {
  assert.equal(contrastRatio("#000000", "#ffffff"), 21);
  assert.equal(contrastRatio("#ffffff", "#000000"), 21);
  assert.equal(contrastRatio("#777777", "#777777"), 1);
  // The classic AA boundary: #767676 passes on white, #777777 does not.
  assert.ok(contrastRatio("#767676", "#ffffff") >= 4.5);
  assert.ok(contrastRatio("#777777", "#ffffff") < 4.5);
  assert.equal(contrastRatio("#777777", "#ffffff").toFixed(2), "4.48");
});

Deno.test("APCA Lc matches the apca-w3 0.0.98G reference results", () => {
  const cases: [string, string, number][] = [
    ["#888", "#fff", 63.056469930209424],
    ["#fff", "#888", -68.54146436644962],
    ["#000", "#aaa", 58.146262578561334],
    ["#aaa", "#000", -56.24113336839742],
    ["#123", "#def", 91.66830811481631],
    ["#def", "#123", -93.06770049484275],
    ["#123", "#444", 8.32326136957393],
    ["#444", "#123", -7.526878460278154],
  ];
  for (const [text, bg, lc] of cases) {
    assert.ok(Math.abs(apcaContrast(text, bg) - lc) < 1e-9, `${text} on ${bg}`);
  }
  assert.equal(apcaContrast("#777", "#777"), 0);
});

// ---------------------------------------------------------------- scales

Deno.test("scales have 11 steps from light to dark, keeping a base color verbatim", () => {
  fc.assert(
    fc.property(fc.oneof(hexArb, fc.tuple(hueArb, chromaArb)), (input) => {
      const seed = typeof input === "string"
        ? seedFromHex(input, BRAND_SHAPE, brandPeak)
        : { hue: input[0], chroma: input[1], peak: brandPeak(input[0], input[1]) };
      const scale = buildScale(seed, BRAND_SHAPE);
      assert.deepEqual(Object.keys(scale), [...SCALE_STEPS]);
      const lightness = SCALE_STEPS.map((step) => hexToOklch(scale[step]).l);
      lightness.slice(1).forEach((l, i) =>
        assert.ok(l < lightness[i], `step ${SCALE_STEPS[i + 1]} darker than ${SCALE_STEPS[i]}`)
      );
      if (typeof input === "string") assert.ok(Object.values(scale).includes(input));
    }),
    { numRuns: 500 },
  );
});

Deno.test("a scale peaks in chroma mid-way and fades toward 50 and 950", () => {
  const scale = buildScale({ hue: 262, chroma: 0.2, peak: brandPeak(262, 0.2) }, BRAND_SHAPE);
  const chroma = SCALE_STEPS.map((step) => hexToOklch(scale[step]).c);
  const peak = Math.max(...chroma);
  assert.ok(chroma[0] < peak / 4, "50 is a tint");
  assert.ok(chroma[10] < peak, "950 is calmer than the peak");
  assert.ok(chroma.indexOf(peak) >= 4 && chroma.indexOf(peak) <= 7, "peak around 400–700");
  for (const hex of Object.values(scale)) {
    if (hexToOklch(hex).c > 0.03) assert.ok(Math.abs(hexToOklch(hex).h - 262) < 3);
  }
});

// ---------------------------------------------------------------- palettes

Deno.test("property: every text/background pair in both themes meets WCAG AA (200 specs)", () => {
  fc.assert(fc.property(specArb, (spec) => assertContrastGuarantees(buildPalette(spec))), RUNS);
});

Deno.test("property: body text meets AAA on both surfaces of both themes (200 specs)", () => {
  fc.assert(
    fc.property(specArb, (spec) => {
      const { themes } = buildPalette(spec);
      for (const theme of [themes.light, themes.dark]) {
        assert.ok(contrastRatio(theme.text, theme.background) >= WCAG_AAA);
        assert.ok(contrastRatio(theme.text, theme.surface) >= WCAG_AAA);
      }
    }),
    RUNS,
  );
});

Deno.test("property: base colors are kept exactly, in both themes and their scales (200 specs)", () => {
  fc.assert(fc.property(specArb, (spec) => assertKeptExactly(spec, buildPalette(spec))), RUNS);
});

Deno.test("property: the same spec always gives the same palette (200 specs)", () => {
  fc.assert(
    fc.property(specArb, (spec) => {
      assert.deepEqual(buildPalette(structuredClone(spec)), buildPalette(spec));
    }),
    RUNS,
  );
});

Deno.test("property: palettes match the published schema (200 specs)", () => {
  fc.assert(
    fc.property(specArb, (spec) => {
      const palette = buildPalette(spec);
      const parsed = PaletteSchema.safeParse(palette);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      assert.equal(Object.keys(palette.scales).length, 3 + spec.accents.length);
    }),
    RUNS,
  );
});

Deno.test("a palette lists every role once with light and dark hex and OKLCH", () => {
  const palette = buildPalette({
    primary: { hue: 262 },
    secondary: { hex: "#F59E0B" },
    accents: [{ hue: 330 }, { hue: 150, chroma: 0.1 }],
    chroma: 0.18,
    neutral: { hue: 262, chroma: 0.01 },
  });
  const roles = palette.colors.map((c) => c.role);
  assert.deepEqual(roles, [
    "primary",
    "on_primary",
    "secondary",
    "on_secondary",
    "accent",
    "on_accent",
    "accent_2",
    "on_accent_2",
    "neutral",
    "background",
    "surface",
    "text",
    "text_muted",
    "border",
    "link",
    "error",
    "on_error",
    "success",
    "on_success",
    "warning",
    "on_warning",
  ]);
  assert.deepEqual(Object.keys(palette.themes.dark), roles);
  const secondary = palette.colors.find((c) => c.role === "secondary")!;
  assert.equal(secondary.hex, "#f59e0b");
  assert.equal(secondary.kept, true);
  assert.deepEqual(secondary.oklch, { l: 0.7686, c: 0.1647, h: 70.08 });
  const surface = palette.colors.find((c) => c.role === "surface")!;
  assert.deepEqual(surface.oklch, { l: 1, c: 0, h: 0 }, "grays report hue 0");
  // Dark theme: dark page, light text, a lighter primary than in light.
  const { light, dark } = palette.themes;
  assert.ok(hexToOklch(dark.background).l < 0.2 && hexToOklch(dark.text).l > 0.9);
  assert.ok(hexToOklch(dark.primary).l > hexToOklch(light.primary).l);
});

Deno.test("on-colors: white on deep blue, dark text on yellow, even for kept colors", () => {
  const palette = buildPalette({
    primary: { hex: "#1e3a8a" },
    secondary: { hex: "#ffd400" },
    accents: [],
    chroma: 0.15,
    neutral: { hue: 260, chroma: 0.01 },
  });
  const { light } = palette.themes;
  assert.ok(hexToOklch(light.on_primary).l > 0.9, `on_primary ${light.on_primary}`);
  assert.ok(hexToOklch(light.on_secondary).l < 0.3, `on_secondary ${light.on_secondary}`);
  const entry = palette.contrast.find((e) => e.theme === "light" && e.fg === "on_primary")!;
  assert.ok(entry.apca < -75, "light text on a dark fill reports negative (reverse) APCA Lc");
});

Deno.test("a generated link stays in the primary's hue family while reaching AA", () => {
  const palette = buildPalette({
    primary: { hue: 95, chroma: 0.18 }, // yellow: far too light to be text on white
    secondary: { hue: 280 },
    accents: [],
    chroma: 0.18,
    neutral: { hue: 95, chroma: 0.01 },
  });
  const { light } = palette.themes;
  assert.ok(contrastRatio(light.primary, light.surface) < WCAG_AA, "the fill itself fails");
  assert.ok(contrastRatio(light.link, light.surface) >= WCAG_AA);
  assert.ok(Math.abs(hexToOklch(light.link).h - 95) < 10, `link ${light.link} keeps its hue`);
});

Deno.test("paletteCss declares light roles and scales, and dark roles for dark mode", () => {
  const palette = buildPalette(
    offlinePaletteSpec({ description: "A bakery with sourdough" }, colorResearch),
  );
  const css = paletteCss(palette);
  assert.ok(css.includes(`--color-primary: ${palette.themes.light.primary};`));
  assert.ok(css.includes(`--color-text-muted: ${palette.themes.light.text_muted};`));
  assert.ok(css.includes(`--primary-950: ${palette.scales.primary["950"]};`));
  const dark = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
  assert.ok(dark.includes(`--color-background: ${palette.themes.dark.background};`));
  assert.ok(css.includes(':root[data-theme="dark"]'));
});

// ---------------------------------------------------------------- harmony and offline specs

Deno.test("harmony rules rotate hues in OKLCH and limit accents", () => {
  const complementary = harmonyHues(300, harmonies.complementary, 2);
  assert.equal(complementary.secondary.hue, 120);
  assert.equal(complementary.accents.length, 2);
  assert.equal(harmonyHues(10, harmonies.analogous, 0).secondary.hue, 40);
  assert.equal(harmonyHues(350, harmonies.triadic, 1).accents[0].hue, 230);
  assert.throws(() => harmonyHues(0, harmonies.triadic, 5), RangeError);
});

Deno.test("offline specs take their hue from the industry the brief names", () => {
  const finance = industries.find((i) => i.id === "finance")!;
  const green = industries.find((i) => i.id === "sustainability")!;
  for (let n = 0; n < 20; n++) {
    const bank = offlinePaletteSpec(
      { description: `A community bank number ${n} for savers` },
      colorResearch,
    );
    assert.ok(finance.hues.some((r) => hueIn(hueOf(bank.primary), r)));
    const eco = offlinePaletteSpec(
      { description: `Compost pickup ${n}`, industry: "recycling" },
      colorResearch,
    );
    assert.ok(green.hues.some((r) => hueIn(hueOf(eco.primary), r)));
  }
  const cafe = offlinePaletteSpec({ description: "Ein kleines Café in Berlin" }, colorResearch);
  assert.match(cafe.rationale, /beverage \("cafe"\)/, "accents are folded before matching");
});

Deno.test("offline specs vary across briefs but never for the same brief", () => {
  const primaries = new Set<number>();
  for (let n = 0; n < 40; n++) {
    const input = { description: `Accounting software for freelancers, edition ${n}` };
    const spec = offlinePaletteSpec(input, colorResearch);
    assert.deepEqual(offlinePaletteSpec({ ...input }, colorResearch), spec);
    if ("hue" in spec.primary) primaries.add(spec.primary.hue);
  }
  assert.ok(primaries.size >= 25, `only ${primaries.size} distinct primary hues in 40 briefs`);
});

Deno.test("mood words set chroma: calm briefs are quieter than energetic ones", () => {
  const calm = moods.find((m) => m.id === "calm")!;
  const energetic = moods.find((m) => m.id === "energetic")!;
  for (let n = 0; n < 20; n++) {
    const quiet = offlinePaletteSpec(
      { description: `Yoga studio ${n}`, tone: "calm" },
      colorResearch,
    );
    const loud = offlinePaletteSpec(
      { description: `Yoga studio ${n}`, tone: "energetic" },
      colorResearch,
    );
    assert.ok(quiet.chroma >= calm.chroma[0] && quiet.chroma <= calm.chroma[1]);
    assert.ok(loud.chroma >= energetic.chroma[0] && loud.chroma <= energetic.chroma[1]);
  }
});

Deno.test("offline specs keep base colors, honor the accent count and explain themselves", () => {
  const spec = offlinePaletteSpec({
    description: "Handmade toys for toddlers",
    baseColors: ["#FF5500", "#1E3A8A", "#0a0"],
    accentCount: 0,
  }, colorResearch);
  assert.deepEqual(spec.primary, { hex: "#ff5500" });
  assert.deepEqual(spec.secondary, { hex: "#1e3a8a" });
  assert.deepEqual(spec.accents, [{ hex: "#00aa00" }], "raised to fit the kept accent");
  assert.match(spec.rationale, /kids/);
  assert.match(spec.rationale, /#ff5500 as primary, #1e3a8a as secondary, #00aa00 as accent/);

  const three = offlinePaletteSpec({ description: "A tea house", accentCount: 3 }, colorResearch);
  const one = offlinePaletteSpec({ description: "A tea house", accentCount: 1 }, colorResearch);
  assert.equal(three.accents.length, 3);
  assert.deepEqual(three.accents[0], one.accents[0], "more accents do not reshuffle the rest");
  assert.deepEqual([three.primary, three.secondary], [one.primary, one.secondary]);

  assert.throws(
    () =>
      offlinePaletteSpec({ description: "x", baseColors: Array(7).fill("#000000") }, colorResearch),
    RangeError,
  );
});

Deno.test("a kept gray primary does not dictate the harmony: the brief picks the hues", () => {
  const spec = offlinePaletteSpec(
    { description: "A law firm", baseColors: ["#333333"] },
    colorResearch,
  );
  const legal = industries.find((i) => i.id === "legal")!;
  assert.ok(legal.hues.some((r) => hueIn(hueOf(spec.neutral), r)));
});

Deno.test("property: offline palettes for 200 random briefs keep every guarantee", () => {
  fc.assert(
    fc.property(briefArb, (brief) => {
      const { rationale, ...spec } = offlinePaletteSpec(brief, colorResearch);
      assert.ok(PaletteSpecSchema.safeParse(spec).success);
      const palette = buildPalette(spec);
      assertContrastGuarantees(palette);
      assertKeptExactly(spec, palette);
      (brief.baseColors ?? []).forEach((hex, i) => {
        const role = brandRoles(spec)[i][0];
        assert.equal(palette.themes.light[role], normalizeHex(hex));
      });
      assert.equal(
        spec.accents.length,
        Math.max(brief.accentCount ?? 1, (brief.baseColors ?? []).length - 2),
      );
      assert.deepEqual(
        buildPalette(offlinePaletteSpec(structuredClone(brief), colorResearch)),
        palette,
      );
      assert.ok(rationale.length > 0);
    }),
    RUNS,
  );
});
