import assert from "node:assert/strict";
import { contrastRatio } from "../shared/colors/contrast.ts";
import { createGenerateColorsApp } from "../supabase/functions/generate-colors/app.ts";
import { createGenerateNamesApp } from "../supabase/functions/generate-names/app.ts";
import { createGenerateTaglinesApp } from "../supabase/functions/generate-taglines/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { usedIn } from "./helpers/lifecycle.ts";
import { chatCompletion, startOpenAiFake } from "./fakes/openai_server.ts";
import { dbTest } from "./helpers/test.ts";

const today = () => new Date().toISOString().slice(0, 10);
const brief = {
  description: "A neighbourhood bakery that delivers sourdough bread by bike every morning",
  industry: "food",
  keywords: ["bread", "morning", "bike"],
};

dbTest(
  "generate-names offline: the count, unique, within limits, scored, no avoided words",
  async (database) => {
    const deps = await testDeps(database);
    const call = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
    const res = await call("POST", "", {
      token: await tokenFor(newUserId()),
      body: { brief, count: 20, min_length: 5, max_length: 10, avoid: ["bake"] },
    });
    assert.equal(res.status, 200);
    const names = res.json.output.names as { name: string; score: { total: number } }[];
    assert.equal(names.length, 20);
    assert.equal(new Set(names.map((n) => n.name.toLowerCase())).size, 20);
    for (const n of names) {
      const letters = n.name.replace(/[^\p{L}\p{N}]/gu, "").length;
      assert.ok(letters >= 5 && letters <= 10, `${n.name} within 5..10`);
      assert.ok(!n.name.toLowerCase().includes("bake"), `${n.name} avoids "bake"`);
      assert.ok(n.score.total >= 0 && n.score.total <= 100);
    }
    assert.equal(res.json.output.source.provider, "offline");
    assert.match(res.json.output.source.research_version, /^naming-/);
  },
);

dbTest(
  "generate-names: excluded names never return, liked ones are riffed on, bad lists are 400",
  async (database) => {
    const deps = await testDeps(database);
    const call = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
    const token = await tokenFor(newUserId());
    const first = await call("POST", "", { token, body: { brief, count: 6 } });
    const shown = first.json.output.names.map((n: { name: string }) => n.name);
    const next = await call("POST", "", {
      token,
      body: { brief, count: 6, exclude: shown, like: [shown[0]] },
    });
    assert.equal(next.status, 200);
    const names = next.json.output.names as { name: string; roots: unknown[]; collisions: [] }[];
    assert.equal(names.length, 6);
    for (const n of names) {
      assert.ok(!shown.includes(n.name), `${n.name} was excluded`);
      assert.ok(Array.isArray(n.roots) && Array.isArray(n.collisions));
    }
    const bad = await call("POST", "", { token, body: { brief, like: Array(11).fill("Velora") } });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error, "validation_failed");
    assert.ok(bad.json.request_id);
  },
);

dbTest(
  "generate-names with a provider: the model's names, screened, topped up, attempts recorded",
  async (database) => {
    const openai = startOpenAiFake({
      names: [
        { name: "Crumbly", style: "suggestive", rationale: "crumb + friendly" },
        { name: "crumbly", style: "suggestive", rationale: "duplicate in another case" },
        { name: "Dawnloaf", style: "compound", rationale: "dawn + loaf" },
        { name: "X", style: "invented", rationale: "too short" },
      ],
    });
    try {
      const deps = await testDeps(database, {
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      });
      const call = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
      const res = await call("POST", "", {
        token: await tokenFor(newUserId()),
        body: { brief, count: 5 },
      });
      assert.equal(res.status, 200);
      const names = res.json.output.names.map((n: { name: string }) => n.name);
      assert.ok(names.includes("Crumbly") && names.includes("Dawnloaf"));
      assert.equal(names.filter((n: string) => n.toLowerCase() === "crumbly").length, 1);
      assert.ok(!names.includes("X"));
      assert.equal(names.length, 5, "topped up to the count");
      assert.equal(res.json.output.source.provider, "openai");
      assert.ok(openai.requests.length >= 1);
      assert.ok(res.json.usage.attempts.length >= 1);
      assert.deepEqual(
        { provider: res.json.usage.attempts[0].provider, ok: res.json.usage.attempts[0].ok },
        { provider: "openai", ok: true },
      );
    } finally {
      await openai.close();
    }
  },
);

dbTest(
  "a provider that always fails still ends in a usable offline result, labelled so",
  async (database) => {
    const openai = startOpenAiFake();
    for (let i = 0; i < 20; i++) openai.chat.push(chatCompletion("{not json"));
    try {
      const deps = await testDeps(database, {
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      });
      const call = client(
        createGenerateTaglinesApp({ deps: async () => deps }),
        "generate-taglines",
      );
      const res = await call("POST", "", {
        token: await tokenFor(newUserId()),
        body: { brand_name: "Crumbly", brief, count: 6, max_words: 6 },
      });
      assert.equal(res.status, 200);
      assert.equal(res.json.output.source.provider, "offline");
      assert.equal(res.json.output.taglines.length, 6);
      assert.ok(
        res.json.usage.attempts.some((a: { ok: boolean }) => !a.ok),
        "the failed attempts are visible",
      );
    } finally {
      await openai.close();
    }
  },
);

dbTest(
  "generate-taglines offline: count, word limit, no brand name, no duplicates",
  async (database) => {
    const deps = await testDeps(database);
    const call = client(createGenerateTaglinesApp({ deps: async () => deps }), "generate-taglines");
    const res = await call("POST", "", {
      token: await tokenFor(newUserId()),
      body: { brand_name: "Crumbly", brief, count: 10, max_words: 5 },
    });
    assert.equal(res.status, 200);
    const lines = res.json.output.taglines as { text: string; tone: string; rationale: string }[];
    assert.equal(lines.length, 10);
    assert.equal(new Set(lines.map((l) => l.text.toLowerCase())).size, 10);
    for (const l of lines) {
      assert.ok(l.text.split(/\s+/).length <= 5, l.text);
      assert.ok(!/crumbly/i.test(l.text), l.text);
      assert.ok(l.rationale.length > 0);
    }
  },
);

dbTest(
  "generate-colors: base colors kept exactly; every text pair passes AA in both themes",
  async (database) => {
    const deps = await testDeps(database);
    const call = client(createGenerateColorsApp({ deps: async () => deps }), "generate-colors");
    const res = await call("POST", "", {
      token: await tokenFor(newUserId()),
      body: {
        brief,
        brand_name: "Crumbly",
        mood: "warm",
        base_colors: ["#C2410C"],
        accent_count: 2,
      },
    });
    assert.equal(res.status, 200);
    const palette = res.json.output.palette;
    assert.equal(palette.colors.find((c: { role: string }) => c.role === "primary").hex, "#c2410c");
    assert.ok(palette.contrast.length > 0);
    for (const pair of palette.contrast) {
      const theme = palette.themes[pair.theme];
      assert.ok(
        contrastRatio(theme[pair.fg], theme[pair.bg]) >= 4.5,
        `${pair.theme} ${pair.fg}/${pair.bg}`,
      );
    }
    assert.ok(res.json.output.rationale.length > 20);
  },
);

dbTest(
  "generate-colors with a provider: the model's hues, our lightness; a bad spec falls back",
  async (database) => {
    const openai = startOpenAiFake({
      spec: {
        primary: { hue: 250, chroma: 0.15 },
        secondary: { hue: 30, chroma: 0.12 },
        accents: [{ hue: 150, chroma: 0.14 }],
        chroma: 0.14,
        neutral: { hue: 250, chroma: 0.01 },
      },
      rationale: "Blue for trust with a warm secondary for the bakery's ovens.",
    });
    try {
      const deps = await testDeps(database, {
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      });
      const call = client(createGenerateColorsApp({ deps: async () => deps }), "generate-colors");
      const token = await tokenFor(newUserId());
      const res = await call("POST", "", { token, body: { brief } });
      assert.equal(res.status, 200);
      assert.equal(res.json.output.source.provider, "openai");
      const primary = res.json.output.palette.colors.find((c: { role: string }) =>
        c.role === "primary"
      );
      assert.ok(Math.abs(primary.oklch.h - 250) < 3, `hue ${primary.oklch.h} near 250`);

      openai.answer = { spec: { primary: { hue: 999 } }, rationale: "" };
      const bad = await call("POST", "", {
        token,
        body: { brief: { ...brief, description: brief.description + "!" } },
      });
      assert.equal(bad.status, 200);
      assert.equal(
        bad.json.output.source.provider,
        "offline",
        "schema-invalid answers are never used",
      );
    } finally {
      await openai.close();
    }
  },
);

dbTest("bad inputs are 400 with the field, and nothing is charged", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const token = await tokenFor(userId);
  const names = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
  const taglines = client(
    createGenerateTaglinesApp({ deps: async () => deps }),
    "generate-taglines",
  );
  const colors = client(createGenerateColorsApp({ deps: async () => deps }), "generate-colors");
  const cases: [typeof names, unknown, string][] = [
    [names, {}, "brief"],
    [names, { brief: { description: "short" } }, "brief.description"],
    [names, { brief, count: 51 }, "count"],
    [names, { brief, count: "12" }, "count"],
    [names, { brief, styles: ["mystical"] }, "styles.0"],
    [names, { brief, min_length: 9, max_length: 4 }, "min_length"],
    [names, { brief: { ...brief, keywords: Array(11).fill("k") } }, "brief.keywords"],
    [names, { brief: { ...brief, description: "x".repeat(2001) } }, "brief.description"],
    [taglines, { brief }, "brand_name"],
    [taglines, { brand_name: "A", brief, max_words: 1 }, "max_words"],
    [taglines, { brand_name: "A", brief, tone: "sarcastic" }, "tone"],
    [colors, {}, "brief"],
    [colors, { brand_name: "A", base_colors: ["red"] }, "base_colors.0"],
    [colors, { brand_name: "A", accent_count: 9 }, "accent_count"],
  ];
  for (const [call, body, field] of cases) {
    const res = await call("POST", "", { token, body });
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.ok(
      Object.keys(res.json.details.fields).some((f) => f === field || f.startsWith(field)),
      `${field} in ${JSON.stringify(res.json.details.fields)}`,
    );
  }
  assert.equal(await usedIn(deps.database.db, userId, "day", today()), 0);
  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  assert.deepEqual((await gens("GET", "", { token })).json.items, []);
});
