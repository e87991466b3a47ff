import assert from "node:assert/strict";
import { analyzeBriefWithAi } from "../shared/analysis/ai.ts";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { ANALYSIS_PROMPT_VERSION } from "../shared/analysis/prompt.ts";
import { analysisFor } from "../shared/analysis/resolve.ts";
import { BriefAnalysisSchema } from "../shared/analysis/schema.ts";
import { startOpenAiFake } from "./fakes/openai_server.ts";
import { testDeps } from "./helpers/app.ts";
import { dbTest } from "./helpers/test.ts";

// None of these is a benchmark brief: the analysis must read briefs it was not tuned on.
const terms = (description: string) => analyzeBrief({ description }).concepts.map((c) => c.term);

Deno.test("analysis: every reading fits the shared schema", () => {
  for (
    const description of [
      "Kayak rentals and guided paddling tours on Lake Tahoe for families",
      "Handmade ceramic mugs and plates from a small studio in Porto",
      "We help.",
      "Übersetzungen für Ärzte und Kliniken in Berlin",
      "A a a a a a a a a a a a",
    ]
  ) {
    const analysis = analyzeBrief({ description });
    assert.doesNotThrow(() => BriefAnalysisSchema.parse(analysis), description);
  }
});

Deno.test("analysis: concepts are the concrete things the brief sells", () => {
  assert.ok(terms("Handmade candles and beeswax soap for gift shops").includes("candle"));
  assert.ok(terms("Kayak rentals and guided paddling tours for families").includes("kayak"));
  assert.ok(terms("Mobile tyre fitting and wheel repair for drivers").includes("tyre"));
  const florist = analyzeBrief({ description: "Florist delivering wedding bouquets and roses" });
  assert.ok(florist.concepts.some((c) => c.term === "rose" || c.term === "bouquet"));
  // An abstract offering is shown by what stands for it.
  const payroll = terms("Payroll software for restaurants");
  assert.ok(payroll.some((t) => ["laptop", "coin", "window"].includes(t)), payroll.join());
});

Deno.test("analysis: concepts carry related words from the lexicon", () => {
  const [piano] = analyzeBrief({ description: "Piano tuning for concert halls and homes" })
    .concepts;
  assert.equal(piano.term, "piano");
  assert.ok(piano.related.includes("keyboard"), piano.related.join());
  const [bicycle] = analyzeBrief({ description: "Bicycle rentals for tourists" }).concepts;
  assert.ok(bicycle.related.includes("wheel"), bicycle.related.join());
});

Deno.test("analysis: offerings, audience and place are read off the sentence", () => {
  const a = analyzeBrief({
    description: "Surf school in Porto teaching beginners and kids to ride waves",
  });
  assert.equal(a.place, "Porto");
  assert.ok(a.audience.includes("beginners"), a.audience.join());
  assert.ok(a.offerings.length >= 1);
  assert.ok(!a.offerings.some((o) => /porto|beginners/i.test(o)), a.offerings.join());
  const b = analyzeBrief({ description: "Accounting services for dentists and vets" });
  assert.deepEqual(b.audience, ["dentists", "vets"]);
});

Deno.test("analysis: personality follows audience, tone and industry", () => {
  const kids = analyzeBrief({ description: "Swimming lessons for toddlers and young children" });
  assert.ok(kids.personality.includes("playful"), kids.personality.join());
  const luxury = analyzeBrief({
    description: "Bespoke leather handbags made by hand in a Florence atelier",
  });
  assert.ok(luxury.personality.includes("premium"), luxury.personality.join());
  const tech = analyzeBrief({ description: "Cloud backup software for law firms" });
  assert.ok(tech.personality.includes("technical"), tech.personality.join());
  const calm = analyzeBrief({ description: "Massage therapy", tone: "calm and quiet" });
  assert.equal(calm.personality[0], "calm");
});

Deno.test("analysis: the industry comes from the offering, not the audience", () => {
  assert.equal(analyzeBrief({ description: "Payroll software for clinics" }).industry, "finance");
  assert.equal(
    analyzeBrief({ description: "Fresh pasta and sauces delivered to offices" }).industry,
    "food",
  );
  assert.equal(
    analyzeBrief({ description: "Quiet rooms", industry: "wellness" }).industry,
    "wellness",
  );
});

Deno.test("analysis: a stage given an analysis uses it; without one it reads the brief", async () => {
  const brief = { description: "Handmade candles for gift shops" };
  const given = { ...analyzeBrief(brief), industry: "retail" };
  assert.equal((await analysisFor(brief, given)).industry, "retail");
  assert.equal((await analysisFor(brief)).concepts[0].term, "candle");
});

dbTest(
  "analysis with AI keys: one structured call, validated; offline when it does not fit",
  async (database) => {
    const brief = { description: "Handmade candles for gift shops" };
    const answer = {
      industry: "retail",
      offerings: ["hand-poured candles"],
      benefits: ["a warm room"],
      audience: ["gift shops"],
      place: null,
      personality: ["artisanal", "friendly"],
      concepts: [{ term: "Candle", related: ["flame", "wax"], weight: 1 }],
    };
    const openai = startOpenAiFake(answer);
    try {
      const deps = await testDeps(database, {
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      });
      const ctx = { id: crypto.randomUUID(), deps, signal: new AbortController().signal };
      const analysis = await analyzeBriefWithAi(ctx, brief);
      assert.equal(analysis.source, "openai");
      assert.equal(analysis.version, ANALYSIS_PROMPT_VERSION);
      assert.deepEqual(analysis.offerings, ["hand-poured candles"]);
      assert.equal(analysis.concepts[0].term, "candle");
      assert.match(JSON.stringify(openai.requests.at(-1)), /brief_analysis/);

      // An industry the research does not know is taken from the offline reading.
      openai.answer = { ...answer, industry: "candles" };
      assert.equal((await analyzeBriefWithAi(ctx, brief)).industry, analyzeBrief(brief).industry);

      // An answer that breaks the schema falls back to the offline analysis.
      openai.answer = { ...answer, personality: ["grumpy"] };
      const fallback = await analyzeBriefWithAi(ctx, brief);
      assert.equal(fallback.source, "offline");
      assert.deepEqual(fallback, analyzeBrief(brief));
    } finally {
      await openai.close();
    }
  },
);

Deno.test("analysis: the activity a school or a shop is about leads, capitalized or not", () => {
  // A surf school is not a school of books and pencils; a sentence's capital hides nothing.
  const surf = analyzeBrief({ description: "Surf school in Nazaré coaching teens and adults" });
  assert.deepEqual(surf.concepts.slice(0, 2).map((c) => c.term), ["ripple", "wave"]);
  assert.equal(surf.offerings[0], "surf lessons");
  const sail = analyzeBrief({ description: "A small sailing club on Lake Constance" });
  assert.ok(sail.concepts.slice(0, 2).some((c) => c.term === "sailboat"), JSON.stringify(sail));
});

Deno.test("analysis: a profession named outright outweighs its clients' industry", () => {
  const firm = analyzeBrief({
    description: "Boutique law firm advising tech startups on their contracts",
  });
  assert.equal(firm.industry, "legal");
  assert.ok(
    firm.personality.some((p) => p === "classic" || p === "premium"),
    firm.personality.join(),
  );
  assert.equal(
    analyzeBrief({ description: "Tech startup building developer tools" }).industry,
    "technology",
  );
});
