import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { claimGeneration, saveCheckpoint } from "../shared/generation/lifecycle.ts";
import type { AssetStorage } from "../shared/storage/types.ts";
import { createCronApp } from "../supabase/functions/cron/app.ts";
import { createGeneratePackageApp } from "../supabase/functions/generate-package/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor, withStorage } from "./helpers/app.ts";
import { at, ledgerState, startAt, usedIn } from "./helpers/lifecycle.ts";
import { hexToOklch } from "../shared/colors/oklch.ts";
import { dbTest } from "./helpers/test.ts";

const brief = {
  description: "Solar-powered lanterns and camp lights for hikers who travel light",
  industry: "outdoor",
  keywords: ["sun", "trail", "light"],
};
const today = () => new Date().toISOString().slice(0, 10);
const OFFLINE_RDAP = { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" };

dbTest(
  "generate-package offline: 202, then a complete package with a child generation per stage",
  async (database) => {
    const deps = await testDeps(database, OFFLINE_RDAP);
    const userId = newUserId();
    const token = await tokenFor(userId);
    const pkg = client(createGeneratePackageApp({ deps: async () => deps }), "generate-package");
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");

    const res = await pkg("POST", "", {
      token,
      body: { brief, name_count: 5, logo_count: 2, tagline_count: 4 },
    });
    assert.equal(res.status, 202, "always asynchronous");
    assert.equal(res.headers.get("location"), `/functions/v1/generations/${res.json.id}`);
    await settleBackground();

    const done = await gens("GET", `/${res.json.id}`, { token });
    assert.equal(done.json.status, "succeeded");
    assert.deepEqual(done.json.progress, { stage: "done", completed: 6, total: 6 });
    const out = done.json.output;
    assert.equal(out.names.length, 5);
    assert.equal(out.name, out.names[0].name, "the best-ranked name is chosen");
    // One analysis of the brief, stored with the package and handed to every stage.
    assert.equal(out.analysis.source, "offline");
    assert.ok(out.analysis.concepts.length >= 1 && out.analysis.offerings.length >= 1);
    assert.equal(out.domains.length, 5 * 5);
    assert.ok(
      out.domains.every((d: { status: string }) => d.status === "unknown"),
      "offline: never a false available",
    );
    assert.equal(out.logos.length, 2);
    assert.equal(out.taglines.length, 4);
    assert.ok(out.palette.colors.length > 5);
    assert.deepEqual(out.stages.map((s: { stage: string }) => s.stage), [
      "names",
      "domains",
      "colors",
      "logos",
      "taglines",
    ]);
    const aiStages = out.stages.filter((s: { stage: string }) => s.stage !== "domains");
    assert.ok(
      aiStages.every((s: { fell_back: boolean; provider: string }) =>
        s.provider === "offline" && s.fell_back
      ),
    );

    // The logos were drawn with the palette the colors stage chose.
    const primary = out.palette.themes.light.primary;
    const mark = await deps.storage.get(
      new URL(out.logos[0].url).pathname.split("/brand-assets/")[1],
    );
    // The primary itself, or (when it is too pale to carry a cut-out icon) a deeper shade of it.
    const hexes = new TextDecoder().decode(mark!).match(/#[0-9a-f]{6}\b/gi) ?? [];
    const hue = (hex: string) => hexToOklch(hex).h;
    const sameHue = (hex: string) => {
      const gap = Math.abs(hue(hex) - hue(primary));
      return Math.min(gap, 360 - gap) < 8;
    };
    assert.ok(hexes.some((h) => h.toLowerCase() === primary || sameHue(h)), `logo uses ${primary}`);

    const children = await gens("GET", `?parent_id=${res.json.id}`, { token });
    assert.equal(children.json.items.length, 5);
    for (const child of children.json.items.filter((c: { kind: string }) => c.kind !== "domains")) {
      const full = await gens("GET", `/${child.id}`, { token });
      assert.deepEqual(full.json.input.analysis, out.analysis, `${child.kind} got the analysis`);
    }
    assert.ok(
      children.json.items.every((c: { usage: { units: number }; status: string }) =>
        c.usage.units === 0 && c.status === "succeeded"
      ),
    );
    assert.equal(
      await usedIn(deps.database.db, userId, "day", today()),
      10,
      "the package's 10 units, nothing per stage",
    );
    assert.equal(await ledgerState(deps.database.db, res.json.id), "committed");
  },
);

dbTest(
  "a given name skips naming; a stage that fails is retried offline and recorded",
  async (database) => {
    let failures = 1;
    const deps = await testDeps(database, OFFLINE_RDAP);
    const flaky: AssetStorage = {
      ...deps.storage,
      put: (path, bytes, type) =>
        failures-- > 0
          ? Promise.reject(new Error("storage down"))
          : deps.storage.put(path, bytes, type),
    };
    const withFlaky = withStorage(deps, flaky);
    const token = await tokenFor(newUserId());
    const pkg = client(
      createGeneratePackageApp({ deps: async () => withFlaky }),
      "generate-package",
    );
    const res = await pkg("POST", "", {
      token,
      body: { brief, name: "Lumen Trail", logo_count: 1, tlds: ["com", "io"] },
    });
    await settleBackground();
    const done = await client(createGenerationsApp({ deps: async () => deps }), "generations")(
      "GET",
      `/${res.json.id}`,
      { token },
    );
    assert.equal(done.json.status, "succeeded");
    assert.equal(done.json.output.name, "Lumen Trail");
    assert.deepEqual(done.json.output.names, []);
    assert.deepEqual(done.json.output.domains.map((d: { domain: string }) => d.domain), [
      "lumentrail.com",
      "lumentrail.io",
    ]);
    const stages = Object.fromEntries(
      done.json.output.stages.map((s: { stage: string }) => [s.stage, s]),
    );
    assert.equal(stages.names, undefined);
    assert.equal(stages.logos.runs, 2, "the failed logos run was retried");
    assert.equal(stages.logos.fell_back, true);
  },
);

dbTest("canceling a package stops its stages and refunds what did not run", async (database) => {
  const deps = await testDeps(database, OFFLINE_RDAP);
  const userId = newUserId();
  const token = await tokenFor(userId);
  let release!: () => void;
  const gate = new Promise<void>((r) => release = r);
  // Logos wait on storage: the package is mid-flight when canceled.
  const slow: AssetStorage = {
    ...deps.storage,
    put: async (p, b, t) => (await gate, deps.storage.put(p, b, t)),
  };
  const pkg = client(
    createGeneratePackageApp({ deps: async () => withStorage(deps, slow) }),
    "generate-package",
  );
  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  const res = await pkg("POST", "", { token, body: { brief, name: "Lumen", logo_count: 1 } });
  // Whatever happens below, the stalled stage must be let go, or the suite would wait on it.
  const guard = setTimeout(release, 20_000);

  for (let i = 0; i < 200; i++) {
    const kids =
      (await gens("GET", `?parent_id=${res.json.id}&status=succeeded`, { token })).json.items;
    if (
      kids.some((k: { kind: string }) => k.kind === "colors") &&
      kids.some((k: { kind: string }) => k.kind === "taglines")
    ) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const canceled = await gens("POST", `/${res.json.id}/cancel`, { token });
  assert.equal(canceled.json.status, "canceled");
  release();
  clearTimeout(guard);
  await settleBackground();

  const kids = (await gens("GET", `?parent_id=${res.json.id}`, { token })).json.items as {
    kind: string;
    status: string;
  }[];
  assert.equal(kids.find((k) => k.kind === "logos")?.status, "canceled");
  // domains, colors and taglines ran (1 unit each); logos (4) and the rest of the 10 come back.
  assert.equal(canceled.json.usage.units, 3);
  assert.equal(await usedIn(deps.database.db, userId, "day", today()), 3);
  assert.equal((await gens("GET", `/${res.json.id}`, { token })).json.status, "canceled");
});

dbTest(
  "a package whose worker died is resumed from its checkpoint by the sweeper",
  async (database) => {
    const secret = "cron-secret-for-tests-0123456789";
    const deps = await testDeps(database, { ...OFFLINE_RDAP, CRON_SECRET: secret });
    const userId = newUserId();
    const db = deps.database.db;
    const input = {
      brief,
      name: "Resumed",
      tlds: ["com"],
      logo_style: "minimal",
      name_count: 3,
      logo_count: 1,
      tagline_count: 2,
    };
    const started = await startAt(db, userId, new Date(), { kind: "package", input });
    assert.equal(started.outcome, "created");
    const id = started.outcome === "created" ? started.generation.id : "";
    // A first worker got as far as the domains stage, then its isolate was killed.
    const token = (await claimGeneration(db, id, 1, new Date()))!;
    const domains = {
      results: [{
        domain: "resumed.com",
        name: "Resumed",
        tld: "com",
        status: "taken",
        source: "rdap",
        server: "x",
        checked_at: new Date().toISOString(),
      }],
    };
    await saveCheckpoint(db, id, token, {
      stages: {
        domains: {
          record: {
            stage: "domains",
            generation_id: null,
            status: "succeeded",
            provider: "rdap",
            fell_back: false,
            runs: 1,
          },
          output: domains,
        },
      },
    });
    await new Promise((r) => setTimeout(r, 5));

    const cron = client(createCronApp({ deps: async () => deps }), "cron");
    const sweep = await cron("POST", "/sweep-generations", {
      headers: { "x-cron-secret": secret },
    });
    assert.deepEqual(sweep.json.resumed, [id]);
    await settleBackground();
    const [row] = await asAdmin(
      db,
      (tx) =>
        queryRows<
          { status: string; attempts: number; output: { domains: unknown[]; name: string } }
        >(
          tx,
          sql`select status::text, attempts, output from public.generations where id = ${id}`,
        ),
    );
    assert.equal(row.status, "succeeded");
    assert.equal(row.attempts, 2);
    assert.deepEqual(row.output.domains, domains.results, "the finished stage was not run again");
    assert.equal(await ledgerState(db, id), "committed");
  },
);

dbTest(
  "a package that keeps dying is failed and refunded after its last attempt",
  async (database) => {
    const deps = await testDeps(database, OFFLINE_RDAP);
    const userId = newUserId();
    const db = deps.database.db;
    const started = await startAt(db, userId, at("2026-01-01T00:00:00Z"), {
      kind: "package",
      input: { brief },
    });
    const id = started.outcome === "created" ? started.generation.id : "";
    for (let i = 0; i < 3; i++) await claimGeneration(db, id, 1, at(`2026-01-01T00:0${i}:00Z`));
    const cron = client(
      createCronApp({
        deps: async () => ({
          ...deps,
          config: { ...deps.config, CRON_SECRET: "cron-secret-for-tests-0123456789" },
        }),
      }),
      "cron",
    );
    const sweep = await cron("POST", "/sweep-generations", {
      headers: { "x-cron-secret": "cron-secret-for-tests-0123456789" },
    });
    assert.deepEqual(sweep.json.resumed, []);
    assert.equal(await ledgerState(db, id), "refunded");
  },
);
