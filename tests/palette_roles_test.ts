import assert from "node:assert/strict";
import fc from "fast-check";
import { type BriefAnalysis, PERSONALITIES, type Personality } from "../shared/analysis/schema.ts";
import { contrastRatio, WCAG_AA, WCAG_AAA } from "../shared/colors/contrast.ts";
import { deltaE2000, MIN_ROLE_DELTA_E, minRoleDeltaE } from "../shared/colors/distinct.ts";
import { hexToOklch } from "../shared/colors/oklch.ts";
import { offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import type { Palette, PaletteSpec } from "../shared/colors/schema.ts";
import { bundledResearch } from "../shared/research/bundled.ts";

const colorResearch = await bundledResearch("colors");
const { industries } = colorResearch;

const ROLES = ["primary", "secondary", "accent"] as const;
const light = (palette: Palette, role: string) => hexToOklch(palette.themes.light[role]);

/** The guarantees palettes had before roles were kept apart: every pair AA, body text AAA. */
function assertContrast(palette: Palette) {
  for (const entry of palette.contrast) {
    assert.ok(entry.aa, `${entry.theme} ${entry.fg} on ${entry.bg}: ${entry.ratio}`);
  }
  for (const theme of ["light", "dark"] as const) {
    const t = palette.themes[theme];
    assert.ok(contrastRatio(t.text, t.background) >= WCAG_AAA);
    for (const role of ROLES) assert.ok(contrastRatio(t[`on_${role}`], t[role]) >= WCAG_AA);
  }
}

const analysisArb: fc.Arbitrary<BriefAnalysis> = fc.record({
  version: fc.constant("test"),
  source: fc.constant("offline"),
  industry: fc.constantFrom("general", ...industries.map((i) => i.id)),
  offerings: fc.constant(["things"]),
  benefits: fc.constant([]),
  audience: fc.constant([]),
  place: fc.constant(null),
  personality: fc.uniqueArray(fc.constantFrom(...PERSONALITIES), { minLength: 1, maxLength: 3 }),
  concepts: fc.constant([{ term: "thing", related: [], weight: 1 }]),
});

const WORDS = ["studio", "repair", "boats", "garden", "tiles", "coding", "tea", "maps", "rope"];
const briefArb = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 })
  .chain((words) => fc.nat(9999).map((n) => `${words.join(" ")} ${n}`));

Deno.test("offline palettes: primary, secondary and accent ΔE2000 ≥ 15, contrast intact", () => {
  fc.assert(
    fc.property(briefArb, analysisArb, fc.integer({ min: 1, max: 4 }), (text, analysis, n) => {
      const { rationale: _, ...spec } = offlinePaletteSpec({
        description: text,
        analysis,
        accentCount: n,
      }, colorResearch);
      const palette = buildPalette(spec);
      assert.ok(minRoleDeltaE(palette) >= MIN_ROLE_DELTA_E, JSON.stringify(palette.themes.light));
      assertContrast(palette);
    }),
    { numRuns: 150 },
  );
});

const hueSeed = fc.record({
  hue: fc.double({ min: 0, max: 360, noNaN: true }),
  chroma: fc.double({ min: 0, max: 0.37, noNaN: true }),
});

Deno.test("any generated spec (the AI path too) gets distinct roles, grays included", () => {
  const specArb: fc.Arbitrary<PaletteSpec> = fc.record({
    primary: hueSeed,
    secondary: hueSeed,
    accents: fc.array(hueSeed, { minLength: 1, maxLength: 4 }),
    chroma: fc.double({ min: 0, max: 0.37, noNaN: true }),
    neutral: fc.record({ hue: fc.constant(0), chroma: fc.constant(0.01) }),
  });
  fc.assert(
    fc.property(specArb, (spec) => {
      const palette = buildPalette(spec);
      assert.ok(minRoleDeltaE(palette) >= MIN_ROLE_DELTA_E, JSON.stringify(spec));
      assertContrast(palette);
    }),
    { numRuns: 150 },
  );
  // Three identical seeds: the engine still separates them.
  const same = { hue: 250, chroma: 0.12 };
  const palette = buildPalette({
    primary: same,
    secondary: same,
    accents: [same],
    chroma: 0.12,
    neutral: { hue: 250, chroma: 0.01 },
  });
  assert.ok(minRoleDeltaE(palette) >= MIN_ROLE_DELTA_E);
});

Deno.test("kept colors never move, even when close; generated ones move away from them", () => {
  const palette = buildPalette({
    primary: { hex: "#1d4ed8" },
    secondary: { hex: "#1e40af" },
    accents: [{ hue: 264, chroma: 0.2 }],
    chroma: 0.15,
    neutral: { hue: 264, chroma: 0.01 },
  });
  assert.equal(palette.themes.light.primary, "#1d4ed8");
  assert.equal(palette.themes.light.secondary, "#1e40af");
  const accent = palette.themes.light.accent;
  assert.ok(deltaE2000(accent, "#1d4ed8") >= MIN_ROLE_DELTA_E);
  assert.ok(deltaE2000(accent, "#1e40af") >= MIN_ROLE_DELTA_E);
});

Deno.test("lightness varies across roles by default: the primary deepest", () => {
  const palette = buildPalette({
    primary: { hue: 250 },
    secondary: { hue: 190 },
    accents: [{ hue: 330 }],
    chroma: 0.15,
    neutral: { hue: 250, chroma: 0.01 },
  });
  const [p, s, a] = ROLES.map((role) => light(palette, role).l);
  assert.ok(p < s && p < a, `the primary (${p}) is the deepest (${s}, ${a})`);
  assert.ok(a - p >= 0.12);
});

function analysis(personality: Personality[], industry = "general"): BriefAnalysis {
  return {
    version: "test",
    source: "offline",
    industry,
    offerings: ["things"],
    benefits: [],
    audience: [],
    place: null,
    personality,
    concepts: [{ term: "thing", related: [], weight: 1 }],
  };
}

const paletteFor = (description: string, a: BriefAnalysis) => {
  const { rationale: _, ...spec } = offlinePaletteSpec({ description, analysis: a }, colorResearch);
  return buildPalette(spec);
};

/** Brown: an orange or amber that is dark; mauve: a dull purple or pink. */
function brownOrMauve(hex: string): boolean {
  const { l, c, h } = hexToOklch(hex);
  const brown = h >= 35 && h <= 100 && l < 0.6;
  const mauve = (h >= 275 || h <= 10) && c < 0.1 && l < 0.8;
  return brown || mauve;
}

Deno.test("children's palettes are bright: no brown, no mauve, vivid", () => {
  fc.assert(
    fc.property(
      briefArb,
      fc.constantFrom<Personality[]>(["playful"], ["caring", "playful"]),
      (d, p) => {
        const palette = paletteFor(d, analysis(p, "kids"));
        for (const role of ROLES) {
          const hex = palette.themes.light[role];
          assert.ok(!brownOrMauve(hex), `${role} ${hex} for ${d}`);
          assert.ok(hexToOklch(hex).c >= 0.09, `${role} ${hex} is vivid`);
          assert.ok(hexToOklch(hex).l >= 0.55, `${role} ${hex} is bright`);
        }
      },
    ),
    { numRuns: 60 },
  );
});

Deno.test("luxury palettes are deep, with a restrained light accent", () => {
  fc.assert(
    fc.property(briefArb, (d) => {
      const palette = paletteFor(d, analysis(["premium", "classic"]));
      const [p, _s, a] = ROLES.map((role) => light(palette, role));
      assert.ok(p.l <= 0.45, `primary ${palette.themes.light.primary} is deep`);
      assert.ok(a.l >= p.l + 0.25, "the accent is lighter");
      assert.ok(a.c <= 0.12, `accent ${palette.themes.light.accent} is restrained`);
    }),
    { numRuns: 40 },
  );
});

Deno.test("calm palettes are softer than bold ones; technical ones are cool", () => {
  const mean = (values: number[]) => values.reduce((x, y) => x + y, 0) / values.length;
  const chromaOf = (p: Personality) =>
    mean(WORDS.map((w) => light(paletteFor(`${w} ${p}`, analysis([p])), "primary").c));
  assert.ok(chromaOf("calm") < chromaOf("bold") - 0.04);
  for (const w of WORDS) {
    const { h } = light(
      paletteFor(`${w} platform`, analysis(["technical"], "technology")),
      "primary",
    );
    assert.ok(h >= 180 && h <= 295, `${w}: technical primary hue ${h} is cool`);
  }
});
