import assert from "node:assert/strict";
import fc from "fast-check";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { findAvoided } from "../shared/names/constraints.ts";
import { finalizeNames } from "../shared/names/finalize.ts";
import { nameKey, nameLength } from "../shared/names/normalize.ts";
import { generateNamesOffline, MIN_OFFLINE_PRONOUNCEABILITY } from "../shared/names/offline.ts";
import { pronounceability, spellingHazards } from "../shared/names/phonetics.ts";
import { buildNamesPrompt } from "../shared/names/prompt.ts";
import {
  type NameCandidate,
  NamesAiAnswerSchema,
  type NamesInput,
  NamesInputSchema,
  type NamesRequest,
} from "../shared/names/schema.ts";
import { scorerFor } from "../shared/names/score.ts";
import { rankNames } from "../shared/package/pick.ts";
import { bundledResearch } from "../shared/research/bundled.ts";
import { NAME_STYLES } from "../shared/research/naming_schema.ts";

const namingResearch = await bundledResearch("naming");
const scoreName = scorerFor(namingResearch);

const bakery = {
  description: "An artisan bakery delivering fresh sourdough bread to homes in Lisbon",
  keywords: ["bread", "morning", "local"],
  industry: "Food",
};

/** Offline names over the brief's own offline analysis, as generate-names makes them. */
const offlineNames = (request: NamesInput) =>
  generateNamesOffline(request, analyzeBrief(request.brief), namingResearch);

const input = (request: Partial<NamesRequest> = {}) =>
  NamesInputSchema.parse({ brief: bakery, ...request });

const candidate = (name: string, style: NameCandidate["style"] = "invented"): NameCandidate => ({
  name,
  style,
  rationale: "because",
});

// --- request schema -------------------------------------------------------------------------

Deno.test("the names request fills in defaults", () => {
  const parsed = NamesInputSchema.parse({ brief: bakery });
  assert.equal(parsed.count, 12);
  assert.equal(parsed.min_length, 4);
  assert.equal(parsed.max_length, 12);
  assert.deepEqual(parsed.avoid, []);
  assert.ok(parsed.styles.length > 0 && !parsed.styles.includes("acronym"));
});

Deno.test("the names request refuses bad limits with a message on the field", () => {
  const issues = (body: unknown) => {
    const result = NamesInputSchema.safeParse(body);
    assert.equal(result.success, false);
    return result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  assert.deepEqual(issues({ brief: bakery, count: 51 }), ["count: at most 50 names per request"]);
  assert.deepEqual(issues({ brief: bakery, count: 0 }), ["count: ask for at least 1 name"]);
  assert.match(issues({ brief: bakery, min_length: 9, max_length: 5 })[0], /^min_length: /);
  assert.deepEqual(issues({ brief: bakery, styles: ["invented", "invented"] }), [
    "styles: styles must not repeat",
  ]);
  assert.match(issues({ brief: bakery, styles: ["rhyming"] })[0], /^styles\.0: /);
  assert.match(issues({ brief: bakery, colour: "red" })[0], /colour/);
  assert.match(issues({ brief: { description: "short" } })[0], /^brief\.description: /);
});

Deno.test("the model's answer schema accepts names and refuses unknown styles", () => {
  const ok = NamesAiAnswerSchema.safeParse({
    names: [{ name: "Zentrova", style: "invented", rationale: "Coined." }],
  });
  assert.equal(ok.success, true);
  const bad = NamesAiAnswerSchema.safeParse({
    names: [{ name: "Zentrova", style: "rhyming", rationale: "Coined." }],
  });
  assert.equal(bad.success, false);
});

// --- scorer ---------------------------------------------------------------------------------

Deno.test("the scorer ranks a sayable name above a jumble of consonants", () => {
  const good = scoreName("Zentrova");
  const bad = scoreName("Xqzptk");
  assert.ok(good.score.pronounceability > bad.score.pronounceability);
  assert.ok(good.score.total > bad.score.total + 50, `${good.score.total} vs ${bad.score.total}`);
  assert.ok(good.score.pronounceability >= 80);
  assert.ok(bad.score.pronounceability <= 10);
  assert.equal(bad.flags.hard_to_spell, true);
  assert.equal(good.flags.hard_to_spell, false);
});

Deno.test("pronounceability follows English sound patterns", () => {
  for (const easy of ["Kayak", "Velora", "Strand", "Lumo"]) {
    assert.ok(pronounceability(easy) >= 70, `${easy}: ${pronounceability(easy)}`);
  }
  for (const hard of ["Ngtrx", "Aeiouae", "Bcdfg"]) {
    assert.ok(pronounceability(hard) < 50, `${hard}: ${pronounceability(hard)}`);
  }
  // Initialisms are read letter by letter.
  assert.ok(pronounceability("IBM") >= 80);
});

Deno.test("the scorer flags brand lookalikes, dictionary words and tricky spellings", () => {
  assert.equal(scoreName("Google").flags.looks_like_common_brand, true);
  assert.equal(scoreName("Gooogle").flags.looks_like_common_brand, true);
  assert.equal(scoreName("Spotifyx").flags.looks_like_common_brand, true);
  assert.equal(scoreName("Zentrova").flags.looks_like_common_brand, false);
  assert.ok(
    scoreName("Google").score.distinctiveness < scoreName("Zentrova").score.distinctiveness,
  );

  assert.equal(scoreName("Harbor").flags.dictionary_word, true);
  assert.equal(scoreName("Blue Harbor").flags.dictionary_word, true);
  assert.equal(scoreName("Velora").flags.dictionary_word, false);

  assert.ok(spellingHazards("Phyllique").length >= 2);
  assert.equal(scoreName("Phyllique").flags.hard_to_spell, true);
});

Deno.test("a name that repeats the brief is less distinctive than a coined one", () => {
  const keys = ["bread", "bakery"];
  assert.ok(
    scoreName("Bread", keys).score.distinctiveness < scoreName("Zentrova", keys).score
      .distinctiveness,
  );
  assert.ok(
    scoreName("Tech Solutions").score.distinctiveness < scoreName("Lumora").score.distinctiveness,
  );
});

Deno.test("every score part is an integer within 0..100", () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
      const { score } = scoreName(name);
      for (const value of Object.values(score)) {
        assert.ok(Number.isInteger(value) && value >= 0 && value <= 100, `${name}: ${value}`);
      }
    }),
  );
});

// --- finalizeNames --------------------------------------------------------------------------

Deno.test("finalizeNames normalises and keeps the first of case-insensitive duplicates", () => {
  const { accepted, rejected } = finalizeNames(
    [
      candidate('  "Zentrova"  '),
      candidate("ZENTROVA", "suggestive"),
      candidate("Zen Trova"),
      candidate("Velora"),
    ],
    input(),
    namingResearch,
  );
  assert.deepEqual(accepted.map((n) => n.name).sort(), ["Velora", "Zentrova"]);
  assert.equal(accepted.find((n) => n.name === "Zentrova")!.style, "invented");
  assert.deepEqual(rejected, [
    { name: "ZENTROVA", reason: "duplicate" },
    { name: "Zen Trova", reason: "duplicate" },
  ]);
});

Deno.test("finalizeNames removes names outside the length limits or with odd characters", () => {
  const { accepted, rejected } = finalizeNames(
    [
      candidate("Abc"),
      candidate("Zentrovalumina"),
      candidate("Velora"),
      candidate("Lu<m>a"),
      candidate("Al Bo Cy Di"),
    ],
    input({ min_length: 4, max_length: 12 }),
    namingResearch,
  );
  assert.deepEqual(accepted.map((n) => n.name), ["Velora"]);
  assert.deepEqual(
    rejected.map((r) => [r.name, r.reason]),
    [
      ["Abc", "too_short"],
      ["Zentrovalumina", "too_long"],
      ["Lu<m>a", "invalid_characters"],
      ["Al Bo Cy Di", "too_many_words"],
    ],
  );
  // Spaces and punctuation do not count towards the length.
  const spaced = finalizeNames(
    [candidate("Blue Sky")],
    input({ min_length: 7, max_length: 7 }),
    namingResearch,
  );
  assert.deepEqual(spaced.accepted.map((n) => n.name), ["Blue Sky"]);
});

Deno.test("finalizeNames drops names containing avoid words of the request or the brief", () => {
  const { accepted, rejected } = finalizeNames(
    [candidate("Techora"), candidate("Breadly"), candidate("Velora"), candidate("Ai Labs")],
    NamesInputSchema.parse({
      brief: { ...bakery, avoid: ["bread"] },
      avoid: ["TECH", "ai"],
    }),
    namingResearch,
  );
  assert.deepEqual(accepted.map((n) => n.name), ["Velora"]);
  assert.deepEqual(rejected.map((r) => [r.name, r.reason, r.detail]), [
    ["Techora", "avoided_word", "TECH"],
    ["Breadly", "avoided_word", "bread"],
    ["Ai Labs", "avoided_word", "ai"],
  ]);
  // Short avoid words ban the word, not every name with those letters inside.
  assert.equal(findAvoided("Kaito", ["ai"]), undefined);
});

Deno.test("finalizeNames sorts by total score and keeps only `count`", () => {
  const { accepted, rejected } = finalizeNames(
    [candidate("Xqzptkv"), candidate("Zentrova"), candidate("Google"), candidate("Velora")],
    input({ count: 2 }),
    namingResearch,
  );
  assert.deepEqual(accepted.map((n) => n.name).sort(), ["Velora", "Zentrova"]);
  assert.ok(accepted[0].score.total >= accepted[1].score.total);
  assert.deepEqual(rejected.map((r) => r.reason), ["over_count", "over_count"]);
  assert.deepEqual(rejected.map((r) => r.name).sort(), ["Google", "Xqzptkv"]);
});

// --- offline generation ---------------------------------------------------------------------

Deno.test("offline names: the count, distinct, within limits and easy to say", () => {
  const request = input({ count: 20 });
  const names = offlineNames(request);
  assert.equal(names.length, 20);
  assert.equal(new Set(names.map((n) => nameKey(n.name))).size, 20);
  for (const n of names) {
    assert.ok(nameLength(n.name) >= 4 && nameLength(n.name) <= 12, n.name);
    assert.ok(n.score.pronounceability >= MIN_OFFLINE_PRONOUNCEABILITY, n.name);
    assert.equal(n.flags.looks_like_common_brand, false, n.name);
    assert.ok(n.rationale.length > 0);
  }
  const styles = new Set(names.map((n) => n.style));
  assert.ok(styles.size >= 4, `a mix of styles: ${[...styles]}`);
  assert.deepEqual(
    names.map((n) => n.score.total),
    names.map((n) => n.score.total).toSorted((a, b) => b - a),
  );
});

Deno.test("offline names are deterministic for the same input, whatever its key order", () => {
  const first = offlineNames(input({ count: 12, avoid: ["x"] }));
  const again = offlineNames(
    NamesInputSchema.parse({ avoid: ["x"], count: 12, brief: { ...bakery } }),
  );
  assert.deepEqual(again, first);
  const other = offlineNames(
    input({ count: 12, brief: { ...bakery, description: `${bakery.description}, since 1990` } }),
  );
  assert.notDeepEqual(other.map((n) => n.name), first.map((n) => n.name));
});

Deno.test("offline names use the brief's words, even without keywords", () => {
  const names = offlineNames(
    NamesInputSchema.parse({
      brief: { description: "Handmade ceramic mugs and bowls from a small pottery studio" },
      count: 30,
    }),
  );
  assert.equal(names.length, 30);
  const text = names.map((n) => `${n.name} ${n.rationale}`).join(" ").toLowerCase();
  assert.ok(
    ["ceramic", "mug", "bowl", "pottery", "handmade"].some((w) => text.includes(w)),
    text,
  );
});

Deno.test("offline names never contain avoid words, even the brief's own keywords", () => {
  const avoid = ["bread", "morning", "lora", "ova"];
  const names = offlineNames(
    NamesInputSchema.parse({ brief: { ...bakery, avoid: ["local"] }, avoid, count: 50 }),
  );
  assert.equal(names.length, 50);
  for (const n of names) {
    const key = nameKey(n.name);
    for (const word of [...avoid, "local"]) assert.ok(!key.includes(word), n.name);
  }
});

Deno.test("offline names fill narrow styles and limits with coined names", () => {
  const acronyms = offlineNames(input({ styles: ["acronym"], count: 10 }));
  assert.equal(acronyms.length, 10);
  assert.ok(acronyms.some((n) => n.style === "acronym" && /^[A-Z]{3,5}$/.test(n.name)));

  const tiny = offlineNames(input({ min_length: 2, max_length: 2, count: 30 }));
  assert.equal(tiny.length, 30);
  assert.ok(tiny.every((n) => nameLength(n.name) === 2));

  const long = offlineNames(input({ min_length: 18, max_length: 22, count: 10 }));
  assert.equal(long.length, 10);
  assert.ok(long.every((n) => nameLength(n.name) >= 18 && nameLength(n.name) <= 22));
});

Deno.test("offline names work for a brief in another script", () => {
  const names = offlineNames(
    NamesInputSchema.parse({ brief: { description: "東京の小さなコーヒーショップです。" } }),
  );
  assert.equal(names.length, 12);
  assert.ok(names.every((n) => /^[A-Za-z ]+$/.test(n.name)));
});

const word = fc.stringMatching(/^[a-z]{3,9}$/);
const briefArb = fc.record({
  description: fc.oneof(
    fc.array(word, { minLength: 3, maxLength: 30 }).map((w) => w.join(" ")),
    fc.string({ minLength: 10, maxLength: 300 }).filter((s) => s.trim().length >= 10),
  ),
  keywords: fc.option(fc.array(word, { maxLength: 10 }), { nil: undefined }),
  industry: fc.option(word, { nil: undefined }),
  avoid: fc.option(fc.array(word, { maxLength: 5 }), { nil: undefined }),
});
const requestArb = fc.record({
  brief: briefArb,
  count: fc.integer({ min: 1, max: 50 }),
  styles: fc.subarray([...NAME_STYLES], { minLength: 1 }),
  avoid: fc.array(word, { maxLength: 5 }),
  min_length: fc.integer({ min: 2, max: 10 }),
  extra: fc.integer({ min: 0, max: 12 }),
}).map(({ extra, ...r }) => ({ ...r, max_length: r.min_length + extra }));

Deno.test("property: offline names always meet the request's count and limits", () => {
  fc.assert(
    fc.property(requestArb, (request) => {
      const parsed = NamesInputSchema.parse(request);
      const names = offlineNames(parsed);
      assert.equal(names.length, parsed.count);
      assert.equal(new Set(names.map((n) => nameKey(n.name))).size, names.length);
      const avoid = [...parsed.avoid, ...(parsed.brief.avoid ?? [])];
      for (const n of names) {
        const length = nameLength(n.name);
        assert.ok(length >= parsed.min_length && length <= parsed.max_length, n.name);
        assert.equal(findAvoided(n.name, avoid), undefined, n.name);
        for (const value of Object.values(n.score)) assert.ok(value >= 0 && value <= 100);
        assert.ok(n.score.pronounceability >= MIN_OFFLINE_PRONOUNCEABILITY, n.name);
      }
    }),
    { numRuns: 60 },
  );
});

// --- prompt ---------------------------------------------------------------------------------

Deno.test("the names prompt carries the chosen strategies, limits and avoid words", () => {
  const request = NamesInputSchema.parse({
    brief: { ...bakery, avoid: ["crumb"] },
    styles: ["invented", "metaphor"],
    avoid: ["loaf"],
    min_length: 5,
    max_length: 9,
    count: 8,
  });
  const prompt = buildNamesPrompt(request, namingResearch);
  assert.match(prompt.user, /invented: A coined word/);
  assert.match(prompt.user, /metaphor: Borrows/);
  assert.doesNotMatch(prompt.user, /portmanteau:/);
  assert.match(prompt.user, /Between 5 and 9 letters/);
  assert.match(prompt.user, /loaf, crumb/);
  assert.ok(prompt.user.includes(JSON.stringify(request.brief, null, 2)));
  assert.match(prompt.user, /Propose 10 names/);
  assert.match(prompt.system, /JSON/);
  assert.ok(prompt.promptVersion.endsWith(namingResearch.version));

  const round = buildNamesPrompt(request, namingResearch, { exclude: ["Velora"], missing: 3 });
  assert.match(round.user, /do not repeat: Velora/);
  assert.match(round.user, /Propose 4 names/);
});

// --- names built on the analysis ------------------------------------------------------------

// Briefs outside the quality benchmark: the naming must not be tuned to those twelve.
const HELD_OUT = [
  "Handmade candles and beeswax soap for gift shops",
  "Kayak rentals and guided paddling tours for families",
  "Florist delivering wedding bouquets and roses",
  "Piano tuning and repair for concert halls and homes",
  "Beekeeping farm selling raw honey at weekend markets",
  "Cloud backup software for law firms",
  "Ceramic studio selling handmade mugs and bowls",
  "Mountain bike tours in the Alps for experienced riders",
];

Deno.test("names: most are built on the brief's concepts, and every root is really there", () => {
  let built = 0;
  let total = 0;
  for (const description of HELD_OUT) {
    const request = input({ brief: { description }, count: 12 });
    const analysis = analyzeBrief(request.brief);
    const words = new Set(analysis.concepts.flatMap((c) => [c.term, ...c.related]));
    for (const n of generateNamesOffline(request, analysis, namingResearch)) {
      total++;
      if (n.roots.length > 0) built++;
      for (const root of n.roots) {
        assert.ok(words.has(root.from), `${n.name}: ${root.from} is not in the analysis`);
        assert.ok(nameKey(n.name).includes(root.root), `${n.name} lacks ${root.root}`);
      }
    }
  }
  assert.ok(built / total >= 0.6, `${built} of ${total} names built on the brief`);
});

Deno.test("names: classical roots are recorded with their language", () => {
  const request = input({ brief: { description: "Handmade candles and oil lamps" }, count: 30 });
  const names = generateNamesOffline(request, analyzeBrief(request.brief), namingResearch);
  const latin = names.flatMap((n) => n.roots).filter((r) => r.language === "la");
  assert.ok(
    latin.some((r) => ["lux", "lumen", "ignis", "flamma"].includes(r.root)),
    JSON.stringify(latin),
  );
});

Deno.test("names: brands, bad words and unfortunate meanings are flagged and ranked last", () => {
  const request = input({ brief: { description: "Invoicing software for plumbers" }, count: 5 });
  const { accepted } = finalizeNames(
    [
      candidate("Tide"),
      candidate("Pivo"),
      candidate("Fartvik"),
      candidate("Shitake"),
      candidate("Velmora"),
    ],
    request,
    namingResearch,
  );
  assert.equal(accepted[0].name, "Velmora");
  assert.deepEqual(accepted[0].collisions, []);
  const kinds = Object.fromEntries(accepted.map((n) => [n.name, n.collisions.map((c) => c.kind)]));
  assert.deepEqual(kinds.Tide, ["brand"]);
  assert.deepEqual(kinds.Pivo, ["meaning"]);
  assert.deepEqual(kinds.Fartvik, ["meaning"]);
  assert.deepEqual(kinds.Shitake, ["offensive"]);
  const pivo = accepted.find((n) => n.name === "Pivo")!.collisions[0];
  assert.equal(pivo.meaning, "beer");
  assert.ok(pivo.language?.includes("cs"));
});

Deno.test("names: famous food, pet and watch brands the icon sets lack are flagged", () => {
  const request = input({
    brief: { description: "A vegan bakery with sourdough bread" },
    count: 4,
  });
  const names = ["Panera", "Petco", "Hublot", "Velmora"].map((n) => candidate(n));
  const { accepted } = finalizeNames(names, request, namingResearch);
  const flagged = accepted.filter((n) => n.collisions.some((c) => c.kind === "brand"));
  assert.deepEqual(flagged.map((n) => n.name).sort(), ["Hublot", "Panera", "Petco"]);
  assert.equal(accepted[0].name, "Velmora");
});

Deno.test("names: offline names never collide with a brand or a bad word", () => {
  for (const description of HELD_OUT) {
    const request = input({ brief: { description }, count: 12 });
    for (const n of generateNamesOffline(request, analyzeBrief(request.brief), namingResearch)) {
      assert.deepEqual(n.collisions, [], n.name);
    }
  }
});

Deno.test("names: excluded names never come back", () => {
  const brief = { description: "Florist delivering wedding bouquets and roses" };
  const analysis = analyzeBrief(brief);
  const first = generateNamesOffline(input({ brief, count: 12 }), analysis, namingResearch);
  const exclude = first.map((n) => n.name.toUpperCase());
  const next = generateNamesOffline(input({ brief, count: 12, exclude }), analysis, namingResearch);
  assert.equal(next.length, 12);
  const shown = new Set(first.map((n) => nameKey(n.name)));
  for (const n of next) assert.ok(!shown.has(nameKey(n.name)), n.name);
  const { rejected } = finalizeNames(
    [candidate(first[0].name)],
    input({ brief, exclude }),
    namingResearch,
  );
  assert.deepEqual(rejected.map((r) => r.reason), ["excluded"]);
});

Deno.test("names: 'more like this' riffs on the liked names without repeating them", () => {
  const brief = { description: "Handmade candles and beeswax soap for gift shops" };
  const analysis = analyzeBrief(brief);
  const like = ["Luxora", "Candela"];
  const names = generateNamesOffline(input({ brief, count: 12, like }), analysis, namingResearch);
  assert.equal(names.length, 12);
  const keys = names.map((n) => nameKey(n.name));
  assert.ok(!keys.includes("luxora") && !keys.includes("candela"));
  assert.equal(new Set(keys).size, keys.length);
  const riffs = names.filter((n) => /^Like "/.test(n.rationale));
  assert.ok(riffs.length >= 3, names.map((n) => n.rationale).join("\n"));
  // A riff keeps something of the liked name: its ending, its opening or a blend of it.
  for (const r of riffs) {
    const liked = like.find((l) => r.rationale.includes(`"${l}"`))!;
    const key = nameKey(r.name);
    const lk = nameKey(liked);
    assert.ok(
      key.endsWith(lk.slice(-2)) || key.startsWith(lk.slice(0, 2)) ||
        lk.includes(key.slice(0, 3)) ||
        lk.includes(key.slice(-3)),
      `${r.name} vs ${liked}`,
    );
  }
});

Deno.test("names: the prompt gives the model the analysis, the liked and the excluded names", () => {
  const request = input({
    brief: { description: "Florist delivering roses" },
    like: ["Rosalie"],
    exclude: ["Bloomy"],
  });
  const prompt = buildNamesPrompt(request, namingResearch, {}, analyzeBrief(request.brief));
  assert.match(prompt.user, /rose/);
  assert.match(prompt.user, /likes these names: Rosalie/);
  assert.match(prompt.user, /do not repeat: Bloomy/);
});

Deno.test("names: exclude and like are validated", () => {
  const bad = NamesInputSchema.safeParse({ brief: bakery, like: Array(11).fill("Velora") });
  assert.equal(bad.success, false);
  assert.equal(NamesInputSchema.safeParse({ brief: bakery, exclude: [""] }).success, false);
});

Deno.test("names: the package never picks a flagged name, whatever its domains", () => {
  const request = input({ count: 2 });
  const { accepted } = finalizeNames(
    [candidate("Tide"), candidate("Velmora")],
    request,
    namingResearch,
  );
  const tide = {
    ...accepted.find((n) => n.name === "Tide")!,
    score: { ...accepted[0].score, total: 100 },
  };
  const velmora = {
    ...accepted.find((n) => n.name === "Velmora")!,
    score: { ...accepted[0].score, total: 40 },
  };
  const ranked = rankNames([tide, velmora], [{
    domain: "tide.com",
    name: "Tide",
    tld: "com",
    status: "available",
    source: "rdap",
    server: null,
    checked_at: new Date().toISOString(),
  }]);
  assert.equal(ranked[0].name, "Velmora");
});

Deno.test("names: a premium brand leans on classical roots more than a playful one", () => {
  const foreignShare = (description: string) => {
    const request = input({ brief: { description }, count: 30 });
    const names = generateNamesOffline(request, analyzeBrief(request.brief), namingResearch);
    return names.filter((n) => n.roots.some((r) => r.language !== "en")).length / names.length;
  };
  const premium = foreignShare("Luxury handmade candles from a heritage atelier");
  const playful = foreignShare("Fun glow candles for kids' birthday parties");
  assert.ok(premium > playful, `premium ${premium} vs playful ${playful}`);
});
