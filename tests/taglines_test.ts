import assert from "node:assert/strict";
import fc from "fast-check";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { bundledResearch } from "../shared/research/bundled.ts";
import { TAGLINE_TONES } from "../shared/research/taglines_schema.ts";
import { finalizeTaglines } from "../shared/taglines/finalize.ts";
import { checkGrammar } from "../shared/taglines/grammar.ts";
import { generateTaglinesOffline } from "../shared/taglines/offline.ts";
import { buildTaglinesPrompt } from "../shared/taglines/prompt.ts";
import {
  type Tagline,
  TaglinesAiAnswerSchema,
  type TaglinesInput,
  TaglinesInputSchema,
  type TaglinesRequest,
} from "../shared/taglines/schema.ts";
import { clicheFinderFor, mentionsName } from "../shared/taglines/screen.ts";
import { countWords, taglineKey } from "../shared/taglines/text.ts";

const taglineResearch = await bundledResearch("taglines");
const findCliche = clicheFinderFor(taglineResearch);

const bakery = {
  description: "An artisan bakery delivering fresh sourdough loaves to homes in Lisbon",
  keywords: ["sourdough", "fresh bread"],
  audience: "early risers",
};

const input = (request: Partial<TaglinesRequest> = {}) =>
  TaglinesInputSchema.parse({ brand_name: "Crumb", brief: bakery, ...request });

/** Offline lines over the brief's own offline analysis, as generate-taglines makes them. */
const offlineLines = (request: TaglinesInput) =>
  generateTaglinesOffline(request, analyzeBrief(request.brief), taglineResearch);

const line = (text: string): Tagline => ({ text, tone: "friendly", rationale: "because" });

// --- request schema -------------------------------------------------------------------------

Deno.test("the taglines request fills in defaults and refuses bad limits", () => {
  const parsed = TaglinesInputSchema.parse({ brand_name: "Crumb", brief: bakery });
  assert.equal(parsed.count, 8);
  assert.equal(parsed.max_words, 8);
  assert.equal(parsed.include_name, false);
  assert.equal(parsed.tone, undefined);

  const messages = (body: unknown) =>
    TaglinesInputSchema.safeParse(body).error?.issues.map((i) =>
      `${i.path.join(".")}: ${i.message}`
    );
  assert.deepEqual(messages({ brand_name: "Crumb", brief: bakery, count: 21 }), [
    "count: at most 20 taglines per request",
  ]);
  assert.deepEqual(messages({ brand_name: "Crumb", brief: bakery, max_words: 1 }), [
    "max_words: at least 2 words",
  ]);
  assert.deepEqual(messages({ brand_name: "  ", brief: bakery }), [
    "brand_name: must not be empty",
  ]);
  assert.match(messages({ brand_name: "Crumb", brief: bakery, tone: "grumpy" })![0], /^tone: /);
  assert.match(messages({ brand_name: "Crumb", brief: bakery, extra: 1 })![0], /extra/);
});

Deno.test("the model's answer schema needs a known tone on every line", () => {
  assert.equal(
    TaglinesAiAnswerSchema.safeParse({ taglines: [line("Bread with heart.")] }).success,
    true,
  );
  assert.equal(
    TaglinesAiAnswerSchema.safeParse({
      taglines: [{ text: "Bread with heart.", tone: "grumpy", rationale: "x" }],
    }).success,
    false,
  );
});

// --- screening ------------------------------------------------------------------------------

Deno.test("the cliché screen catches worn-out phrases in their variants", () => {
  assert.equal(findCliche("Think outside the box."), "think outside the box");
  assert.equal(findCliche("Thinking outside of the box!"), "think outside the box");
  assert.equal(findCliche("Take your baking to the NEXT LEVEL"), "next level");
  assert.equal(findCliche("A real game-changer for mornings"), "game changer");
  assert.equal(findCliche("Redefining breakfast"), "redefine");
  assert.equal(findCliche("Just do it."), "just do it");
  assert.equal(findCliche("Fresh bread, brighter mornings."), undefined);
  assert.equal(findCliche("Just do yoga."), undefined);
  assert.equal(findCliche("A boxed lunch outside."), undefined);
});

Deno.test("the brand name is found in its forms, and only as a word", () => {
  assert.equal(mentionsName("Crumb. Honest bread.", "Crumb"), true);
  assert.equal(mentionsName("Crumb's finest loaves", "Crumb"), true);
  assert.equal(mentionsName("CRUMB makes bread simple", "crumb"), true);
  assert.equal(mentionsName("The blueharbor way", "Blue Harbor"), true);
  assert.equal(mentionsName("Blue harbor mornings", "Blue Harbor"), true);
  assert.equal(mentionsName("Crumbs everywhere, no crumbling", "Crumbl"), false);
  assert.equal(mentionsName("Go further", "Go Far"), false);
});

Deno.test("words are counted as a reader counts them", () => {
  assert.equal(countWords("Fresh bread — every day."), 4);
  assert.equal(countWords("Well-made bread."), 2);
  assert.equal(countWords("   "), 0);
});

// --- finalizeTaglines -----------------------------------------------------------------------

Deno.test("finalizeTaglines screens clichés, names, word limits and avoid words", () => {
  const request = TaglinesInputSchema.parse({
    brand_name: "Crumb",
    brief: { ...bakery, avoid: ["cheap"] },
    max_words: 5,
  });
  const { accepted, rejected } = finalizeTaglines(
    [
      line("We think outside the box."),
      line("Crumb. Honest bread."),
      line("Bread that is honest, warm and baked before you wake."),
      line("Cheap bread, every day."),
      line("Honest bread, brighter mornings."),
    ],
    request,
    taglineResearch,
  );
  assert.deepEqual(accepted.map((t) => t.text), ["Honest bread, brighter mornings."]);
  assert.deepEqual(rejected.map((r) => [r.reason, r.detail]), [
    ["cliche", "think outside the box"],
    ["mentions_name", undefined],
    ["too_many_words", undefined],
    ["avoided_word", "cheap"],
  ]);
});

Deno.test("finalizeTaglines allows the name when asked and drops normalised duplicates", () => {
  const { accepted, rejected } = finalizeTaglines(
    [
      line("Crumb. Honest bread."),
      line('  "crumb — honest bread!"  '),
      line("\u201cBread with heart.\u201d"),
      line("Bread with heart"),
      line("More heart. Less fuss."),
    ],
    input({ include_name: true, count: 2 }),
    taglineResearch,
  );
  assert.deepEqual(accepted.map((t) => t.text), ["Crumb. Honest bread.", "Bread with heart."]);
  assert.deepEqual(rejected.map((r) => r.reason), ["duplicate", "duplicate", "over_count"]);
});

// --- offline generation ---------------------------------------------------------------------

Deno.test("offline taglines: the count, distinct, short, without the name or clichés", () => {
  const request = input({ count: 12, max_words: 6 });
  const lines = offlineLines(request);
  assert.equal(lines.length, 12);
  assert.equal(new Set(lines.map((t) => taglineKey(t.text))).size, 12);
  for (const t of lines) {
    assert.ok(countWords(t.text) <= 6, t.text);
    assert.equal(mentionsName(t.text, "Crumb"), false, t.text);
    assert.equal(findCliche(t.text), undefined, t.text);
    assert.match(t.text, /^\p{Lu}/u);
    assert.ok(t.rationale.length > 0);
  }
  const text = lines.map((t) => t.text.toLowerCase()).join(" ");
  assert.ok(/sourdough|fresh bread|loaves|homes|early risers/.test(text), text);
});

Deno.test("offline taglines follow the tone: requested, from the brief, or mixed", () => {
  const calm = offlineLines(input({ tone: "calm" }));
  assert.ok(calm.every((t) => t.tone === "calm"));

  const fromBrief = offlineLines(
    input({ brief: { ...bakery, tone: "Luxurious and refined" } }),
  );
  assert.ok(fromBrief.every((t) => t.tone === "premium"));

  // Without a tone, lines speak in the tones of the brand's personality.
  const kids = offlineLines(
    input({
      count: 12,
      brief: { description: "Swimming lessons for toddlers and young children" },
    }),
  );
  assert.ok(kids.some((t) => t.tone === "playful"), kids.map((t) => t.tone).join());
  assert.ok(kids.every((t) => t.tone !== "professional"));
});

Deno.test("offline taglines sign some lines with the name only when include_name", () => {
  const signed = offlineLines(input({ include_name: true, count: 20 }));
  assert.ok(signed.some((t) => mentionsName(t.text, "Crumb")));
  const unsigned = offlineLines(input({ include_name: false, count: 20 }));
  assert.ok(unsigned.every((t) => !mentionsName(t.text, "Crumb")));
});

Deno.test("offline taglines are deterministic and depend on the input", () => {
  const first = offlineLines(input({ count: 10 }));
  assert.deepEqual(offlineLines(input({ count: 10 })), first);
  const other = offlineLines(input({ count: 10, brand_name: "Loafers" }));
  assert.notDeepEqual(other.map((t) => t.text), first.map((t) => t.text));
});

Deno.test("offline taglines fill two-word limits for a brief in another script", () => {
  const lines = offlineLines(
    TaglinesInputSchema.parse({
      brand_name: "Kissa",
      brief: { description: "東京の小さなコーヒーショップです。" },
      tone: "calm",
      max_words: 2,
      count: 20,
    }),
  );
  assert.equal(lines.length, 20);
  assert.ok(lines.every((t) => countWords(t.text) <= 2));
});

const word = fc.stringMatching(/^[a-z]{3,9}$/);
const requestArb = fc.record({
  brand_name: fc.oneof(
    word,
    fc.constantFrom("Crumb", "Good Day", "Bread", "Honest", "More"),
  ),
  brief: fc.record({
    description: fc.oneof(
      fc.array(word, { minLength: 3, maxLength: 30 }).map((w) => w.join(" ")),
      fc.string({ minLength: 10, maxLength: 300 }).filter((s) => s.trim().length >= 10),
    ),
    keywords: fc.option(fc.array(word, { maxLength: 10 }), { nil: undefined }),
    avoid: fc.option(fc.array(word, { maxLength: 5 }), { nil: undefined }),
    tone: fc.option(fc.constantFrom("warm", "bold and loud", "quiet", "whatever"), {
      nil: undefined,
    }),
  }),
  tone: fc.option(fc.constantFrom(...TAGLINE_TONES), { nil: undefined }),
  count: fc.integer({ min: 1, max: 20 }),
  max_words: fc.integer({ min: 2, max: 15 }),
  include_name: fc.boolean(),
});

Deno.test("property: offline taglines meet count, word limit, name rule and screen", () => {
  fc.assert(
    fc.property(requestArb, (request) => {
      const parsed = TaglinesInputSchema.parse(request);
      const lines = offlineLines(parsed);
      assert.equal(lines.length, parsed.count);
      assert.equal(new Set(lines.map((t) => taglineKey(t.text))).size, lines.length);
      for (const t of lines) {
        assert.ok(countWords(t.text) <= parsed.max_words, t.text);
        if (!parsed.include_name) assert.equal(mentionsName(t.text, parsed.brand_name), false);
        assert.equal(findCliche(t.text), undefined, t.text);
      }
    }),
    { numRuns: 150 },
  );
});

// --- prompt ---------------------------------------------------------------------------------

Deno.test("the taglines prompt states the limits, the name rule, the tone and the clichés", () => {
  const prompt = buildTaglinesPrompt(
    input({ max_words: 6, brief: { ...bakery, avoid: ["cheap"], tone: "warm" } }),
    taglineResearch,
  );
  assert.match(prompt.user, /At most 6 words/);
  assert.match(prompt.user, /Never mention the brand name "Crumb"/);
  assert.match(prompt.user, /Tone: friendly/);
  assert.match(prompt.user, /think outside the box/);
  assert.match(prompt.user, /Never use these words: cheap/);
  assert.doesNotMatch(prompt.user, /Signs the promise with the name/);
  assert.match(prompt.user, /Write 10 taglines/);
  assert.ok(prompt.promptVersion.endsWith(taglineResearch.version));

  const named = buildTaglinesPrompt(input({ include_name: true }), taglineResearch, {
    exclude: ["Bread with heart."],
    missing: 2,
  });
  assert.match(named.user, /You may use the brand name "Crumb"/);
  assert.match(named.user, /Signs the promise with the name/);
  assert.match(named.user, /do not repeat:\n- Bread with heart\./);
  assert.match(named.user, /Mix these tones/);
  assert.match(named.user, /Write 3 taglines/);
});

// --- grammatical lines built on the analysis --------------------------------------------------

const HELD_OUT = [
  "Handmade candles and beeswax soap for gift shops",
  "Kayak rentals and guided paddling tours for families",
  "Florist delivering wedding bouquets and roses",
  "Piano tuning and repair for concert halls and homes",
  "Beekeeping farm selling raw honey at weekend markets",
  "Cloud backup software for law firms",
  "Mountain bike tours in the Alps for riders who love steep trails",
  "Swimming lessons for toddlers and young children",
];

Deno.test("grammar check: rejects the lines a reader stumbles on", () => {
  for (
    const bad of [
      "Precise hikers.",
      "Reliable families.",
      "Serious. Big. Loud.",
      "fresh bread",
      "Bread for.",
    ]
  ) {
    assert.equal(checkGrammar(bad).ok, false, bad);
  }
  for (
    const good of [
      "Travel light with solar lanterns.",
      "Healthy smiles start here.",
      "Bike repairs, done right.",
      "Sourdough bread with heart.",
      "Just do it.",
    ]
  ) {
    assert.deepEqual(checkGrammar(good), { ok: true, problems: [] }, good);
  }
});

Deno.test("taglines: every line is grammatical and built on an offering or a benefit", () => {
  for (const description of HELD_OUT) {
    const request = input({ brief: { description }, count: 8 });
    const analysis = analyzeBrief(request.brief);
    const lines = generateTaglinesOffline(request, analysis, taglineResearch);
    assert.equal(lines.length, 8, description);
    const sources = [...analysis.offerings, ...analysis.benefits].flatMap((p) =>
      p.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3)
    );
    for (const t of lines) {
      assert.deepEqual(checkGrammar(t.text).problems, [], t.text);
      const words = t.text.toLowerCase();
      const used = sources.filter((w) => words.includes(w.slice(0, -1)));
      assert.ok(used.length > 0, `${t.text} uses nothing of ${sources.join(",")}`);
      // The rationale describes this line: it names what the line is built on.
      assert.ok(used.some((w) => t.rationale.toLowerCase().includes(w.slice(0, -1))), t.rationale);
    }
  }
});

Deno.test("taglines: inflection is right — plurals, verb agreement, imperatives", () => {
  const request = input({
    brief: { description: "Handmade candle and beeswax soap for gift shops", tone: "friendly" },
    count: 20,
  });
  const lines = generateTaglinesOffline(request, analyzeBrief(request.brief), taglineResearch).map((
    t,
  ) => t.text);
  assert.ok(lines.some((l) => /handmade candles/i.test(l)), lines.join("\n"));
  assert.ok(!lines.some((l) => /handmade candle\b/i.test(l)), lines.join("\n"));
  const analysis = {
    ...analyzeBrief(request.brief),
    benefits: ["healthy smiles", "an easy start", "travel light"],
  };
  const more = generateTaglinesOffline({ ...request, count: 20 }, analysis, taglineResearch).map((
    t,
  ) => t.text);
  for (const l of more) {
    assert.ok(!/smiles starts|start begins here|easy start start\b/i.test(l), l);
  }
  assert.ok(more.some((l) => /^Travel light with /.test(l)), more.join("\n"));
});

Deno.test("taglines: a model's ungrammatical lines are dropped", () => {
  const { accepted, rejected } = finalizeTaglines(
    [line("Precise hikers."), line("Lanterns that last the night.")],
    input({ count: 2 }),
    taglineResearch,
    checkGrammar,
  );
  assert.deepEqual(accepted.map((t) => t.text), ["Lanterns that last the night."]);
  assert.equal(rejected[0].reason, "ungrammatical");
});

Deno.test("the taglines prompt gives the model the analysis' offerings and benefits", () => {
  const request = input({ brief: { description: "Solar lanterns for hikers who travel light" } });
  const prompt = buildTaglinesPrompt(request, taglineResearch, {}, analyzeBrief(request.brief));
  assert.match(prompt.user, /Offerings: solar lanterns/);
  assert.match(prompt.user, /Benefits: travel light/);
  assert.match(prompt.user, /never an adjective/);
});

Deno.test("taglines: mass nouns stay singular and a relative clause keeps its head's number", () => {
  const request = input({
    brief: { description: "Boutique law firm advising tech startups on their contracts" },
    count: 12,
  });
  for (const { text } of offlineLines(request)) {
    assert.doesNotMatch(text, /\b(teches|laws)\b/i, text);
  }
  const analysis = {
    ...analyzeBrief(request.brief),
    benefits: ["craft that lasts generations"],
  };
  for (
    const { text } of generateTaglinesOffline({ ...request, count: 20 }, analysis, taglineResearch)
  ) {
    assert.doesNotMatch(text, /generations (begin|start) here/i, text);
  }
});
