import assert from "node:assert/strict";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { inspectPng } from "../shared/logos/png.ts";
import { wordmarkSvg } from "../shared/logos/wordmark.ts";
import { chooseType } from "../shared/type/choose.ts";
import { wordmarkStyle } from "../shared/type/families.ts";
import { loadFamily } from "../shared/type/fonts.ts";
import { sanitizeSvg } from "../shared/logos/sanitize_svg.ts";
import type { LocalAssetStorage } from "../shared/storage/local.ts";
import { createGenerateLogosApp } from "../supabase/functions/generate-logos/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { falErrors, startFalFake } from "./fakes/fal_server.ts";
import { startOpenAiFake } from "./fakes/openai_server.ts";
import { usedIn } from "./helpers/lifecycle.ts";
import { dbTest } from "./helpers/test.ts";

const brief = {
  description: "A neighbourhood bakery that delivers sourdough bread by bike every morning",
};
const today = () => new Date().toISOString().slice(0, 10);

/** Fetches a signed URL the way a browser would, through the local Storage backend. */
async function download(storage: LocalAssetStorage, url: string) {
  const res = await storage.serveSignedObject(new Request(url));
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

dbTest(
  "generate-logos offline: distinct sanitised SVG marks, wordmark and lockups behind signed URLs",
  async (database) => {
    const deps = await testDeps(database);
    const storage = deps.storage as LocalAssetStorage;
    const userId = newUserId();
    const call = client(createGenerateLogosApp({ deps: async () => deps }), "generate-logos");
    const res = await call("POST", "", {
      token: await tokenFor(userId),
      body: {
        brand_name: "Crumbly",
        brief,
        style: "geometric",
        palette: { primary: "#c2410c" },
        count: 3,
      },
    });
    assert.equal(res.status, 200);
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 4, "logos cost 4 units");
    const { logos, wordmark } = res.json.output;
    assert.equal(logos.length, 3);
    assert.equal(
      new Set(logos.map((l: { concept: string }) => l.concept)).size,
      3,
      "distinct concepts",
    );
    // The primary mark depicts the brief with a library icon; every mark says what it shows.
    assert.ok(brief.description.toLowerCase().includes(logos[0].depicts.concept));
    assert.ok(["tabler", "lucide"].includes(logos[0].depicts.icon.set));
    assert.ok(["MIT", "ISC"].includes(logos[0].depicts.icon.license));
    assert.ok(logos.every((l: { depicts: { concept: string } }) => l.depicts.concept !== ""));
    const marks = new Set<string>();
    for (const logo of logos) {
      assert.equal(logo.provider, "offline");
      assert.equal(logo.format, "svg");
      assert.match(
        logo.url,
        new RegExp(`/storage/v1/object/sign/brand-assets/${userId}/${res.json.id}/`),
      );
      const file = await download(storage, logo.url);
      assert.equal(file.status, 200);
      assert.equal(file.type, "image/svg+xml");
      const svg = new TextDecoder().decode(file.bytes);
      assert.equal(sanitizeSvg(svg).removed.length, 0, "stored already clean");
      assert.ok(svg.toLowerCase().includes("#c2410c"), "drawn with the palette");
      marks.add(svg);
      for (const layout of ["horizontal", "stacked"]) {
        for (const variant of ["color", "mono", "inverse"]) {
          assert.equal(
            (await download(storage, logo.lockups[layout][variant])).status,
            200,
            `${layout}/${variant}`,
          );
        }
      }
    }
    assert.equal(marks.size, 3, "the SVGs differ");
    const word = new TextDecoder().decode((await download(storage, wordmark.url)).bytes);
    assert.ok(
      word.includes("<path") && !word.includes("<text"),
      "the name is outlined, never typed",
    );
    // The output says which families set the name and the text, with their licenses, and the
    // wordmark's outlines are that family's.
    const { typography } = res.json.output;
    const choice = chooseType(analyzeBrief(brief));
    assert.equal(typography.heading.family, choice.heading.family);
    assert.equal(typography.body.family, choice.body.family);
    assert.equal(typography.heading.license, "OFL-1.1");
    assert.equal(typography.heading.weight, choice.heading.heading.weight);
    const fonts = await loadFamily(choice.heading.id, "Crumbly", choice.heading.heading.weight);
    const expected = wordmarkSvg("Crumbly", {
      font: fonts,
      color: "#000",
      ...wordmarkStyle(choice.heading),
    });
    assert.ok(word.includes(expected.svg.match(/ d="([^"]+)"/)![1]), "set in the chosen family");

    const tampered = logos[0].url.replace(/token=([^.]+)\.([^.]+)\./, "token=$1.x$2.");
    assert.notEqual((await download(storage, tampered)).status, 200);
  },
);

dbTest(
  "generate-logos with fal: the SVG is fetched, sanitised and stored; OpenAI PNG when fal fails",
  async (database) => {
    const fal = startFalFake();
    const openai = startOpenAiFake();
    try {
      const deps = await testDeps(database, {
        FAL_KEY: "fal-test",
        FAL_BASE_URL: fal.url,
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_IMAGE_CHAIN: "fal:fal-ai/recraft-v3,openai:gpt-image-1-mini",
      });
      const storage = deps.storage as LocalAssetStorage;
      const call = client(createGenerateLogosApp({ deps: async () => deps }), "generate-logos");
      const token = await tokenFor(newUserId());

      const viaFal = await call("POST", "", {
        token,
        body: { brand_name: "Crumbly", brief, count: 1 },
      });
      assert.equal(viaFal.status, 200);
      const logo = viaFal.json.output.logos[0];
      assert.equal(logo.provider, "fal");
      assert.equal(logo.format, "svg");
      assert.ok((await download(storage, logo.url)).bytes.length > 0);
      assert.ok(
        viaFal.json.usage.attempts.some((a: { provider: string; ok: boolean }) =>
          a.provider === "fal" && a.ok
        ),
      );

      for (let i = 0; i < 3; i++) fal.submit.push(falErrors.invalidKey());
      const viaOpenAi = await call("POST", "", {
        token,
        body: { brand_name: "Crumbly", brief: { ...brief, tone: "warm" }, count: 1 },
      });
      assert.equal(viaOpenAi.status, 200);
      const png = viaOpenAi.json.output.logos[0];
      assert.equal(png.provider, "openai");
      assert.equal(png.format, "png");
      const file = await download(storage, png.url);
      assert.equal(file.type, "image/png");
      assert.deepEqual([inspectPng(file.bytes).width, inspectPng(file.bytes).height], [
        png.width,
        png.height,
      ]);
    } finally {
      await Promise.all([fal.close(), openai.close()]);
    }
  },
);

dbTest(
  "generate-logos with AI: composed concept marks lead, the image model's marks follow",
  async (database) => {
    const fal = startFalFake();
    try {
      const deps = await testDeps(database, {
        FAL_KEY: "fal-test",
        FAL_BASE_URL: fal.url,
        AI_IMAGE_CHAIN: "fal:fal-ai/recraft-v3",
      });
      const call = client(createGenerateLogosApp({ deps: async () => deps }), "generate-logos");
      const res = await call("POST", "", {
        token: await tokenFor(newUserId()),
        body: { brand_name: "Crumbly", brief, count: 4 },
      });
      assert.equal(res.status, 200);
      const logos = res.json.output.logos;
      assert.deepEqual(logos.map((l: { provider: string }) => l.provider), [
        "offline",
        "offline",
        "fal",
        "fal",
      ]);
      assert.ok(logos[0].depicts.icon, "the primary draws a library icon");
      assert.equal(logos[0].model, "concept-marks-1");
      // Image marks record the concept their prompt asked for.
      assert.ok(brief.description.toLowerCase().includes(logos[2].depicts.concept));
      assert.equal(
        fal.requests.filter((r) => r.method === "POST").length,
        2,
        "only the image marks are paid for",
      );
    } finally {
      await fal.close();
    }
  },
);

dbTest("generate-logos rejects bad input with the field and charges nothing", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const token = await tokenFor(userId);
  const call = client(createGenerateLogosApp({ deps: async () => deps }), "generate-logos");
  for (
    const [body, field] of [
      [{ brief }, "brand_name"],
      [{ brand_name: "A", brief, style: "baroque" }, "style"],
      [{ brand_name: "A", brief, count: 9 }, "count"],
      [{ brand_name: "A", brief, palette: { primary: "orange" } }, "palette.primary"],
    ] as const
  ) {
    const res = await call("POST", "", { token, body });
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.ok(res.json.details.fields[field], field);
  }
  assert.equal(await usedIn(deps.database.db, userId, "day", today()), 0);
});
