import assert from "node:assert/strict";
import { createCheckDomainsApp } from "../supabase/functions/check-domains/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { usedIn } from "./helpers/lifecycle.ts";
import { startFakeRdap } from "./fakes/rdap_server.ts";
import { dbTest } from "./helpers/test.ts";

const today = () => new Date().toISOString().slice(0, 10);

dbTest("check-domains: verdicts over HTTP, cached in the database, 1 unit", async (database) => {
  const rdap = startFakeRdap({ registries: { "/com/": ["com"], "/io/": ["io"] } });
  try {
    rdap.answers.set("lumen.com", { kind: "registered" });
    rdap.answers.set("lumen.io", { kind: "status", status: 500 });
    const deps = await testDeps(database, { RDAP_BOOTSTRAP_URL: rdap.bootstrapUrl });
    const call = client(createCheckDomainsApp({ deps: async () => deps }), "check-domains");
    const userId = newUserId();
    const token = await tokenFor(userId);

    const res = await call("POST", "", {
      token,
      body: { names: ["Lumen", "brightly.com"], tlds: ["com", "io"] },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.kind, "domains");
    const verdicts = Object.fromEntries(
      res.json.output.results.map((r: { domain: string; status: string }) => [r.domain, r.status]),
    );
    assert.deepEqual(verdicts, {
      "lumen.com": "taken",
      "lumen.io": "unknown",
      "brightly.com": "available",
    });
    assert.deepEqual(res.json.input, { names: ["Lumen", "brightly.com"], tlds: ["com", "io"] });
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 1);

    const queries = rdap.stats.queries.length;
    const again = await call("POST", "", { token, body: { names: ["Lumen"], tlds: ["com"] } });
    assert.equal(again.json.output.results[0].status, "taken");
    assert.equal(rdap.stats.queries.length, queries, "served from domain_checks");
  } finally {
    await rdap.close();
  }
});

dbTest(
  "check-domains: invalid labels and TLDs are 400 with the field, nothing charged",
  async (database) => {
    const deps = await testDeps(database, { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/never" });
    const call = client(createCheckDomainsApp({ deps: async () => deps }), "check-domains");
    const userId = newUserId();
    const token = await tokenFor(userId);
    const cases: [unknown, string][] = [
      [{ names: ["-bad-"] }, "names.0"],
      [{ names: ["ok", "a".repeat(64)] }, "names.1"],
      [{ names: ["ok"], tlds: ["c_m"] }, "tlds.0"],
      [{ names: [] }, "names"],
      [{ names: Array(51).fill("x") }, "names"],
      [{ names: ["ok"], tlds: Array(11).fill("com") }, "tlds"],
      [{ names: "acme" }, "names"],
      [{ names: ["https://evil.example/x"] }, "names.0"],
      [{ names: ["ok"], extra: true }, "(root)"],
    ];
    for (const [body, field] of cases) {
      const res = await call("POST", "", { token, body });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.json.error, "validation_failed");
      assert.ok(res.json.details.fields[field], `${field} reported for ${JSON.stringify(body)}`);
    }
    assert.equal(await usedIn(deps.database.db, userId, "day", today()), 0);
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    assert.deepEqual((await gens("GET", "", { token })).json.items, []);
  },
);

dbTest(
  "check-domains: with no reachable registry everything is unknown, never available",
  async (database) => {
    const deps = await testDeps(database, { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" });
    const call = client(createCheckDomainsApp({ deps: async () => deps }), "check-domains");
    const res = await call("POST", "", {
      token: await tokenFor(newUserId()),
      body: { names: ["offline"] },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.output.results.length, 5);
    assert.ok(res.json.output.results.every((r: { status: string }) => r.status === "unknown"));
  },
);
