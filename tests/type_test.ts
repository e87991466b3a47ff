import assert from "node:assert/strict";
import { type BriefAnalysis, PERSONALITIES, type Personality } from "../shared/analysis/schema.ts";
import { typeset } from "../shared/logos/typeset.ts";
import { wordmarkSvg } from "../shared/logos/wordmark.ts";
import { chooseType } from "../shared/type/choose.ts";
import {
  PAIRINGS,
  TYPE_CATEGORIES,
  TYPE_FAMILIES,
  typeFamily,
  wordmarkStyle,
} from "../shared/type/families.ts";
import {
  covers,
  latinFontFile,
  licenseText,
  loadFamily,
  loadHeadingFonts,
} from "../shared/type/fonts.ts";
import { typographyRecord, TypographySchema } from "../shared/type/schema.ts";

/** A hand-written analysis (none of the benchmark briefs). */
function analysis(
  personality: Personality[],
  industry: string,
  offerings: string[],
): BriefAnalysis {
  return {
    version: "test",
    source: "offline",
    industry,
    offerings,
    benefits: [],
    audience: [],
    place: null,
    personality,
    concepts: offerings.map((term, i) => ({ term, related: [], weight: 1 - i / 10 })),
  };
}

const LUXURY_JEWELLER = analysis(["premium", "classic"], "beauty", ["engagement rings"]);
const KIDS_SWIM_SCHOOL = analysis(["playful", "caring"], "kids", ["swimming lessons"]);

Deno.test("the library: at least 16 OFL families over every category, all installed", async () => {
  assert.ok(TYPE_FAMILIES.length >= 16);
  for (const category of TYPE_CATEGORIES) {
    assert.ok(TYPE_FAMILIES.some((f) => f.category === category), category);
  }
  for (const personality of PERSONALITIES) {
    assert.ok(TYPE_FAMILIES.some((f) => f.personalities.includes(personality)), personality);
  }
  for (const family of TYPE_FAMILIES) {
    assert.ok(family.weights.includes(family.heading.weight), `${family.id} heading weight`);
    assert.match(
      new TextDecoder().decode(await licenseText(family.id)),
      /SIL Open Font License, Version 1\.1/i,
      `${family.id} is OFL`,
    );
    const woff2 = await latinFontFile(family.id, family.heading.weight, "woff2");
    assert.equal(new TextDecoder().decode(woff2.subarray(0, 4)), "wOF2", family.id);
  }
});

Deno.test("pairings name body faces the library knows, with the weights text needs", () => {
  for (const family of TYPE_FAMILIES) {
    const bodies = PAIRINGS[family.id];
    assert.ok(bodies?.length > 0, `${family.id} has pairings`);
    for (const id of bodies) {
      const body = typeFamily(id);
      assert.ok(body.body, `${id} (under ${family.id}) is a text face`);
      for (const weight of body.body!.weights) assert.ok(body.weights.includes(weight));
    }
  }
});

Deno.test("every family sets the Latin alphabet in its heading weight", async () => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 &.-'";
  for (const family of TYPE_FAMILIES) {
    const fonts = await loadFamily(family.id, alphabet, family.heading.weight);
    const line = typeset(alphabet, fonts, { size: 100 });
    assert.ok(line.advance > 1000, family.id);
  }
});

Deno.test("different personalities get visibly different type", () => {
  const luxury = chooseType(LUXURY_JEWELLER);
  assert.equal(luxury.heading.category, "serif");
  assert.ok(luxury.heading.personalities.includes("premium"));
  const kids = chooseType(KIDS_SWIM_SCHOOL);
  assert.equal(kids.heading.category, "rounded");
  assert.notEqual(kids.body.id, luxury.body.id === kids.body.id ? "" : luxury.body.id);
  assert.match(luxury.reason, new RegExp(luxury.heading.family));
  assert.match(luxury.reason, /premium/);
});

Deno.test("varied briefs get at least six different heading families", () => {
  const briefs = [
    LUXURY_JEWELLER,
    KIDS_SWIM_SCHOOL,
    analysis(["technical", "modern"], "technology", ["data pipelines"]),
    analysis(["rugged", "bold"], "fitness", ["kettlebell classes"]),
    analysis(["artisanal", "natural"], "food", ["cheese", "dairy"]),
    analysis(["calm", "caring"], "wellness", ["massage"]),
    analysis(["bold", "modern"], "entertainment", ["music festival"]),
    analysis(["classic", "premium"], "legal", ["contract law"]),
    analysis(["friendly", "modern"], "retail", ["phone cases"]),
    analysis(["rugged", "artisanal"], "mobility", ["motorbike restoration"]),
    analysis(["playful", "bold"], "kids", ["toy shop"]),
    analysis(["natural", "calm"], "sustainability", ["tree planting"]),
  ];
  const headings = new Set(briefs.map((b) => chooseType(b).heading.id));
  assert.ok(headings.size >= 6, `${headings.size}: ${[...headings].join(", ")}`);
  // Same analysis, same choice.
  assert.deepEqual(chooseType(briefs[4]), chooseType(structuredClone(briefs[4])));
});

Deno.test("a choice always pairs a heading with one of its tested bodies", () => {
  for (const a of PERSONALITIES) {
    for (const b of PERSONALITIES) {
      if (a === b) continue;
      const choice = chooseType(analysis([a, b], "general", [`${a} ${b}`]));
      assert.ok(PAIRINGS[choice.heading.id].includes(choice.body.id), `${a}+${b}`);
    }
  }
});

Deno.test("wordmarks are set in the chosen family, with its kerning", async () => {
  const advance = async (id: string, text: string) => {
    const fonts = await loadFamily(id, text, typeFamily(id).heading.weight);
    return typeset(text, fonts, { size: 100 }).advance;
  };
  const widths = await Promise.all(TYPE_FAMILIES.map((f) => advance(f.id, "Harbour")));
  assert.ok(new Set(widths.map((w) => Math.round(w))).size >= TYPE_FAMILIES.length - 2);
  for (const family of TYPE_FAMILIES) {
    const kerned = async (text: string) =>
      await advance(family.id, text) -
      (await advance(family.id, text[0]) + await advance(family.id, text[1]));
    // Every face in the library kerns: "AV" or "To" sets tighter than its letters apart.
    assert.ok(Math.min(await kerned("AV"), await kerned("To")) < -2, family.id);
  }
  const serif = await loadFamily("playfair-display", "Harbour", 600);
  const rounded = await loadFamily("fredoka", "Harbour", 600);
  const a = wordmarkSvg("Harbour", { font: serif, color: "#111" });
  const b = wordmarkSvg("Harbour", { font: rounded, color: "#111" });
  assert.notEqual(a.svg, b.svg);
  assert.ok(!a.svg.includes("<text"), "outlines, not text");
});

Deno.test("a family's heading style sets the case and tracking of the wordmark", async () => {
  const family = typeFamily("cormorant-garamond");
  const fonts = await loadFamily(family.id, "AURELLE", family.heading.weight);
  const styled = wordmarkSvg("Aurelle", { font: fonts, color: "#111", ...wordmarkStyle(family) });
  const plain = wordmarkSvg("AURELLE", { font: fonts, color: "#111" });
  assert.equal(styled.text, "AURELLE");
  assert.ok(styled.width > plain.width, "tracked wider than set solid");
});

Deno.test("a name the chosen face cannot set falls back to a wide-coverage family", async () => {
  const lora = typeFamily("lora");
  assert.equal(await covers("lora", "Ωmega"), false);
  assert.equal(await covers("lora", "Łódź"), true);
  const { family, fonts } = await loadHeadingFonts(lora, "Ωmega");
  assert.equal(family.id, "manrope");
  assert.ok(typeset("Ωmega", fonts, { size: 10 }).bounds);
  const record = typographyRecord(chooseType(LUXURY_JEWELLER), family);
  assert.equal(record.heading.family, "Manrope");
  assert.match(record.reason, /set in Manrope/);
  TypographySchema.parse(record);
});

Deno.test("the typography record names family, weight and license", () => {
  const record = typographyRecord(chooseType(KIDS_SWIM_SCHOOL));
  assert.equal(record.heading.license, "OFL-1.1");
  assert.match(record.heading.package, /^@fontsource\//);
  assert.equal(record.body.weight, 400);
  assert.equal(TypographySchema.parse(record).heading.id, record.heading.id);
});
