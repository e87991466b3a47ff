import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { asAdmin } from "../shared/db/scope.ts";
import { queryRows } from "../shared/db/client.ts";
import { PgHealthStore } from "../shared/ai/pg_health.ts";
import { bundledResearch, researchVersion } from "../shared/research/bundled.ts";
import { namingResearch } from "../shared/research/naming.ts";
import { createCronApp } from "../supabase/functions/cron/app.ts";
import { createGenerateNamesApp } from "../supabase/functions/generate-names/app.ts";
import { createHealthApp } from "../supabase/functions/health/app.ts";
import { captureLogs, client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { startOpenAiFake } from "./fakes/openai_server.ts";
import { dbTest } from "./helpers/test.ts";

const SECRET = "cron-secret-for-tests-0123456789";
const cronHeaders = { "x-cron-secret": SECRET };

dbTest(
  "health/ready lists configured providers and their circuits, without secrets",
  async (database) => {
    const deps = await testDeps(database, {
      OPENAI_API_KEY: "sk-very-secret",
      AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      AI_IMAGE_CHAIN: "openai:gpt-image-1-mini",
    });
    await deps.health.record("openai:gpt-4.1-mini", { type: "fatal" });
    const res = await client(createHealthApp({ deps: async () => deps }), "health")(
      "GET",
      "/ready",
    );
    assert.equal(res.status, 200);
    assert.deepEqual(res.json.providers, [
      { capability: "text", provider: "openai", model: "gpt-4.1-mini", circuit: "open" },
      { capability: "image", provider: "openai", model: "gpt-image-1-mini", circuit: "closed" },
    ]);
    assert.ok(!res.text.includes("sk-very-secret"));
  },
);

dbTest("health never builds the AI chain; the first generation does", async (database) => {
  const logs = captureLogs();
  const deps = await testDeps(database, { AI_TEXT_CHAIN: "openai:gpt-4.1-mini" }, { log: logs });
  const health = client(createHealthApp({ deps: async () => deps }), "health");
  assert.equal((await health("GET", "")).status, 200);
  assert.equal((await health("GET", "/ready")).status, 200);
  const noKey = () => logs.lines.filter((l) => String(l.msg).includes("has no key"));
  assert.deepEqual(noKey(), [], "health probes log nothing about AI providers");

  const names = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
  const generate = async () =>
    (await names("POST", "", {
      token: await tokenFor(newUserId()),
      body: { brief: { description: "Solar lamps for campers and hikers" }, count: 3 },
    })).status;
  assert.equal(await generate(), 200);
  const built = noKey().length;
  assert.ok(built > 0, "a generation builds the chains");
  assert.equal(await generate(), 200);
  assert.equal(noKey().length, built, "built once per isolate");
});

dbTest(
  "cron/probe-providers probes an open circuit past cooldown once, and closes it",
  async (database) => {
    const openai = startOpenAiFake({ ok: true });
    try {
      const env = {
        CRON_SECRET: SECRET,
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: openai.baseURL,
        AI_TEXT_CHAIN: "openai:gpt-4.1-mini",
      };
      const deps = await testDeps(database, env);
      const cron = client(createCronApp({ deps: async () => deps }), "cron");

      assert.deepEqual(
        (await cron("POST", "/probe-providers", { headers: cronHeaders })).json.probed,
        [],
      );
      assert.equal(openai.requests.length, 0, "healthy providers are not probed");

      const past = new PgHealthStore(deps.database.db, () => new Date(Date.now() - 120_000));
      for (let i = 0; i < 3; i++) await past.record("openai:gpt-4.1-mini", { type: "failure" });
      const res = await cron("POST", "/probe-providers", { headers: cronHeaders });
      assert.deepEqual(res.json.probed, [{ provider: "openai", model: "gpt-4.1-mini", ok: true }]);
      assert.equal(openai.requests.length, 1);
      const states = await deps.health.read(["openai:gpt-4.1-mini"]);
      assert.equal(states.get("openai:gpt-4.1-mini")?.status, "closed");
    } finally {
      await openai.close();
    }
  },
);

/** A port nothing listens on: the provider there is down. */
function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

dbTest("cron/probe-providers records each probe as an ai_attempts row", async (database) => {
  const openai = startOpenAiFake({ ok: true });
  try {
    const deps = await testDeps(database, {
      CRON_SECRET: SECRET,
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: openai.baseURL,
      AI_TEXT_CHAIN: "openai:gpt-4.1-mini,anthropic:claude-haiku-4-5",
      ANTHROPIC_API_KEY: "sk-ant-test",
      ANTHROPIC_BASE_URL: `http://127.0.0.1:${closedPort()}`,
    });
    const past = new PgHealthStore(deps.database.db, () => new Date(Date.now() - 120_000));
    for (let i = 0; i < 3; i++) {
      await past.record("openai:gpt-4.1-mini", { type: "failure" });
      await past.record("anthropic:claude-haiku-4-5", { type: "failure" });
    }
    const cron = client(createCronApp({ deps: async () => deps }), "cron");
    const res = await cron("POST", "/probe-providers", { headers: cronHeaders });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.json.probed.map((p: { provider: string; ok: boolean }) => [p.provider, p.ok]),
      [["openai", true], ["anthropic", false]],
    );
    const rows = await asAdmin(
      deps.database.db,
      (tx) =>
        queryRows<{ provider: string; outcome: string; probe: boolean; cost_state: string }>(
          tx,
          sql`select provider, outcome, probe, cost_state from public.ai_attempts
          order by provider desc`,
        ),
    );
    assert.deepEqual(
      rows.map((r) => [r.provider, r.outcome, r.probe, r.cost_state]),
      [["openai", "ok", true, "estimated"], ["anthropic", "connection_error", true, "unknown"]],
    );
  } finally {
    await openai.close();
  }
});

dbTest(
  "research overrides: a valid one is used and recorded, a malformed one is refused",
  async (database) => {
    const deps = await testDeps(database, { CRON_SECRET: SECRET });
    const cron = client(createCronApp({ deps: async () => deps }), "cron");
    const names = client(createGenerateNamesApp({ deps: async () => deps }), "generate-names");
    const token = await tokenFor(newUserId());
    const brief = { description: "Solar lamps for campers and hikers", keywords: ["sun", "trail"] };

    const override = { ...namingResearch, endings: ["ora", "ix"] };
    await asAdmin(
      deps.database.db,
      (tx) =>
        tx.execute(sql`insert into public.research_overrides (name, version, data)
      values ('naming', 'naming-2.0.0-test', ${JSON.stringify(override)}::jsonb),
             ('taglines', 'taglines-broken', '{"formulas": "not a list"}'::jsonb)`),
    );
    const refreshed = await cron("POST", "/refresh-research", { headers: cronHeaders });
    assert.equal(refreshed.status, 200);
    const byName = Object.fromEntries(
      refreshed.json.research.map((r: { name: string }) => [r.name, r]),
    );
    // Versions are content hashes: the override's differs from the bundled set's.
    const overrideVersion = await researchVersion("naming", override);
    assert.notEqual(overrideVersion, (await bundledResearch("naming")).version);
    assert.deepEqual([byName.naming.version, byName.naming.source], [overrideVersion, "override"]);
    assert.equal(byName.taglines.source, "bundled");
    assert.match(byName.taglines.rejected, /formulas|missing/);

    const res = await names("POST", "", { token, body: { brief, count: 5 } });
    assert.equal(
      res.json.output.source.research_version,
      overrideVersion,
      "prompts record the version used",
    );
  },
);
