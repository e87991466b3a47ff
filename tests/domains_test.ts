import assert from "node:assert/strict";
import { decodeLabel, toASCII } from "../shared/domains/punycode.ts";
import fc from "fast-check";
import { validationDetails } from "../shared/http/validation.ts";
import {
  BootstrapError,
  type BootstrapSource,
  createBootstrapCache,
  parseBootstrap,
} from "../shared/domains/bootstrap.ts";
import { cacheTtlSeconds, type DomainResultCache } from "../shared/domains/cache.ts";
import { createDomainChecker, type DomainCheckerOptions } from "../shared/domains/checker.ts";
import { RDAP_GAP_SERVERS } from "../shared/domains/directory.ts";
import { Semaphore } from "../shared/semaphore.ts";
import { expandTargets, parseNameInput, toTld } from "../shared/domains/normalize.ts";
import { retryAfterMs } from "../shared/domains/retry_after.ts";
import {
  DomainCheckRequestSchema,
  DomainCheckResponseSchema,
  type DomainResult,
} from "../shared/domains/schema.ts";
import {
  type FakeAnswer,
  type FakeRdap,
  type FakeRdapOptions,
  startFakeRdap,
} from "./fakes/rdap_server.ts";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const REGISTRIES = {
  "/com/": ["com"],
  "/io/": ["io"],
  "/co/": ["co"],
  "/ai/": ["ai"],
  "/app/": ["app"],
  "/de/": ["de"],
  "/net/": ["net"],
  "/alt/": [],
};

/**
 * The checker's fetch in tests: refuses every host but the loopback fakes (recording the
 * attempt, so tests can see which server was chosen) and counts requests in flight.
 */
function loopbackFetch() {
  const net = {
    urls: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    fetch: async (url: string, init: RequestInit): Promise<Response> => {
      net.urls.push(url);
      if (new URL(url).hostname !== "127.0.0.1") throw new TypeError(`test refused ${url}`);
      net.inFlight++;
      net.maxInFlight = Math.max(net.maxInFlight, net.inFlight);
      try {
        return await fetch(url, init);
      } finally {
        net.inFlight--;
      }
    },
  };
  return net;
}

interface Rig {
  fake: FakeRdap;
  net: ReturnType<typeof loopbackFetch>;
  bootstrap: BootstrapSource;
  check(names: string[], tlds?: string[], signal?: AbortSignal): Promise<DomainResult[]>;
}

/** A fake registry, a checker wired to it, and the cleanup. */
async function withRig(
  setup: {
    fake?: Partial<FakeRdapOptions>;
    checker?: DomainCheckerOptions;
    answers?: Record<string, FakeAnswer>;
  },
  run: (rig: Rig) => Promise<void>,
) {
  const fake = startFakeRdap({ registries: REGISTRIES, ...setup.fake });
  for (const [key, answer] of Object.entries(setup.answers ?? {})) fake.answers.set(key, answer);
  const net = loopbackFetch();
  const bootstrap = setup.checker?.bootstrap ??
    createBootstrapCache({ fetch: net.fetch, url: fake.bootstrapUrl });
  const checker = createDomainChecker({
    fetch: net.fetch,
    bootstrap,
    now: () => NOW,
    requestTimeoutMs: 1_000,
    deadlineMs: 4_000,
    ...setup.checker,
  });
  const check = async (names: string[], tlds?: string[], signal?: AbortSignal) => {
    const request = DomainCheckRequestSchema.parse({ names, tlds });
    const response = await checker.check(request, signal);
    DomainCheckResponseSchema.parse(response);
    return response.results;
  };
  try {
    await run({ fake, net, bootstrap, check });
  } finally {
    await fake.close();
  }
}

const statusOf = (results: DomainResult[]) =>
  Object.fromEntries(results.map((r) => [r.domain, r.status]));
const only = (results: DomainResult[], domain: string) => {
  const found = results.find((r) => r.domain === domain);
  assert.ok(found, `a result for ${domain}`);
  return found;
};

Deno.test("bare names are slugged and combined with each TLD; full domains are kept", () => {
  const request = DomainCheckRequestSchema.parse({
    names: ["Acme Labs", "acme-labs.io", "AT&T's", "acmelabs.com"],
    tlds: [".COM", "io", "io"],
  });
  assert.deepEqual(expandTargets(request.names, request.tlds), [
    { domain: "acmelabs.com", name: "Acme Labs", tld: "com" },
    { domain: "acmelabs.io", name: "Acme Labs", tld: "io" },
    { domain: "acme-labs.io", name: "acme-labs.io", tld: "io" },
    { domain: "atts.com", name: "AT&T's", tld: "com" },
    { domain: "atts.io", name: "AT&T's", tld: "io" },
  ]);
  const byDefault = DomainCheckRequestSchema.parse({ names: ["acme"] });
  assert.deepEqual(
    expandTargets(byDefault.names, byDefault.tlds).map((t) => t.domain),
    ["acme.com", "acme.io", "acme.co", "acme.ai", "acme.app"],
  );
});

Deno.test("IDN names become A-labels, and the registry is asked for the A-label", async () => {
  const request = DomainCheckRequestSchema.parse({
    names: ["Bücher.DE", "München", "ＡＣＭＥ", "bücher。de", "xn--bcher-kva.de"],
    tlds: ["de"],
  });
  assert.deepEqual(expandTargets(request.names, request.tlds).map((t) => t.domain), [
    "xn--bcher-kva.de",
    "xn--mnchen-3ya.de",
    "acme.de",
  ]);
  await withRig({}, async ({ fake, check }) => {
    const [result] = await check(["Bücher.de"]);
    assert.equal(result.domain, "xn--bcher-kva.de");
    assert.equal(result.name, "Bücher.de");
    assert.deepEqual(fake.stats.queries, ["/de/domain/xn--bcher-kva.de"]);
  });
});

Deno.test("invalid labels are rejected with a message on the offending field", () => {
  const cases: [string, RegExp][] = [
    ["", /no letters or digits/],
    ["-acme.com", /"-acme" must not start or end with a hyphen/],
    ["ab--cd.com", /3rd and 4th positions/],
    ["xn--zz.com", /not a valid punycode/],
    ["xn--8k79s.com", /not a valid punycode/],
    ["foo_bar.com", /"foo_bar" may only contain letters, digits and hyphens/],
    ["http://evil.example/x", /may only contain letters, digits and hyphens/],
    ["🍕.com", /may only contain letters, digits and hyphens/],
    ["a..com", /empty label/],
    [`${"a".repeat(64)}.com`, /64 octets long; the limit is 63/],
    [`${"a".repeat(63)}.`.repeat(4) + "com", /259 octets long; a domain may have at most 253/],
    ["acme.123", /cannot be all digits/],
  ];
  for (const [name, message] of cases) {
    const result = DomainCheckRequestSchema.safeParse({ names: ["fine", name] });
    assert.ok(!result.success, `${name} is rejected`);
    const { fields } = validationDetails(result.error.issues);
    assert.deepEqual(Object.keys(fields), ["names.1"], name);
    assert.match(fields["names.1"][0], message, name);
  }
  const tld = DomainCheckRequestSchema.safeParse({ names: ["acme"], tlds: ["com", "c_m", ""] });
  assert.ok(!tld.success);
  assert.deepEqual(Object.keys(validationDetails(tld.error.issues).fields), ["tlds.1", "tlds.2"]);
  const tooMany = DomainCheckRequestSchema.safeParse({
    names: Array.from({ length: 51 }, (_, i) => `n${i}`),
    tlds: Array.from({ length: 11 }, (_, i) => `t${i}x`),
  });
  assert.ok(!tooMany.success);
  assert.deepEqual(Object.keys(validationDetails(tooMany.error.issues).fields), ["names", "tlds"]);
});

Deno.test("RDAP answers map to available, taken, reserved or unknown", async () => {
  await withRig({
    answers: {
      "taken.com": { kind: "registered" },
      "held.com": { kind: "registered", statuses: ["active", "server hold"] },
      "listed.com": { kind: "registered", statuses: ["reserved"] },
      "parked.com": { kind: "registered", statuses: ["clientHold", "redemption period"] },
      "broken.com": { kind: "status", status: 500 },
      "garbled.com": { kind: "malformed" },
      "entity.com": { kind: "object", objectClassName: "entity" },
      "mixup.com": { kind: "registered", ldhName: "elsewhere.com" },
    },
  }, async ({ fake, check }) => {
    const names = ["free", "taken", "held", "listed", "parked", "broken", "garbled", "entity"];
    const results = await check([...names, "mixup"], ["com"]);
    assert.deepEqual(statusOf(results), {
      "free.com": "available",
      "taken.com": "taken",
      "held.com": "reserved",
      "listed.com": "reserved",
      "parked.com": "taken",
      "broken.com": "unknown",
      "garbled.com": "unknown",
      "entity.com": "unknown",
      "mixup.com": "unknown",
    });
    for (const result of results) {
      assert.equal(result.source, "rdap");
      assert.equal(result.server, fake.base("/com/"));
      assert.equal(result.checked_at, NOW.toISOString());
    }
    assert.equal(only(results, "held.com").detail, 'registry status "server hold"');
    assert.equal(only(results, "broken.com").detail, "HTTP 500");
    assert.equal(only(results, "garbled.com").detail, "malformed JSON");
    assert.match(only(results, "entity.com").detail!, /"entity" object, not a domain/);
  });
});

Deno.test("a 404 counts only from a server authoritative for the TLD", async () => {
  await withRig({
    fake: { mirrors: { "/com/": ["/com-mirror/"] } },
    answers: {
      "/com/domain/elsewhere.com": { kind: "redirect", location: "/net/domain/elsewhere.com" },
      "/com/domain/mirrored.com": { kind: "redirect", location: "/com-mirror/domain/mirrored.com" },
      "/com/domain/unlisted.com": { kind: "redirect", location: "/unlisted/domain/unlisted.com" },
      "/com/domain/outside.com": { kind: "redirect", location: "http://203.0.113.7/domain/x" },
    },
  }, async ({ fake, net, check }) => {
    const results = await check(["elsewhere", "mirrored", "unlisted", "outside"], ["com"]);
    assert.deepEqual(statusOf(results), {
      "elsewhere.com": "unknown",
      "mirrored.com": "available",
      "unlisted.com": "unknown",
      "outside.com": "unknown",
    });
    assert.equal(only(results, "elsewhere.com").server, fake.base("/net/"));
    assert.equal(only(results, "mirrored.com").server, fake.base("/com-mirror/"));
    assert.match(only(results, "unlisted.com").detail!, /outside the RDAP bootstrap/);
    // Redirects to servers the bootstrap does not list are never followed.
    assert.ok(!net.urls.some((u) => u.includes("/unlisted/") || u.includes("203.0.113.7")));
  });
});

Deno.test("Retry-After is honoured within the deadline and not beyond it", async () => {
  await withRig({
    answers: {
      "patient.com": {
        kind: "rate_limited",
        retryAfter: "1",
        times: 1,
        then: { kind: "registered" },
      },
      "busy.com": { kind: "rate_limited", retryAfter: "30", times: 9, then: { kind: "not_found" } },
      "stubborn.com": {
        kind: "rate_limited",
        retryAfter: "0",
        times: 9,
        then: { kind: "not_found" },
      },
    },
  }, async ({ fake, check }) => {
    let started = performance.now();
    const [busy] = await check(["busy.com"]);
    assert.equal(busy.status, "unknown");
    assert.match(busy.detail!, /asked to retry in 30 s, past the deadline/);
    assert.ok(performance.now() - started < 900, "gives up at once instead of waiting");

    started = performance.now();
    const [patient] = await check(["patient.com"]);
    assert.equal(patient.status, "taken");
    assert.ok(performance.now() - started >= 1000, "waited the second it was asked to");
    assert.equal(fake.stats.queries.filter((q) => q.endsWith("/patient.com")).length, 2);

    const [stubborn] = await check(["stubborn.com"]);
    assert.equal(stubborn.status, "unknown");
    assert.equal(stubborn.detail, "still HTTP 429 after 3 tries");
  });
});

Deno.test("Retry-After reads both seconds and HTTP dates", () => {
  const at = Date.parse("2026-03-01T12:00:00Z");
  assert.equal(retryAfterMs("120", at), 120_000);
  assert.equal(retryAfterMs("Sun, 01 Mar 2026 12:00:05 GMT", at), 5_000);
  assert.equal(retryAfterMs("Sun, 01 Mar 2026 11:00:00 GMT", at), 0);
  assert.equal(retryAfterMs("soon", at), undefined);
  assert.equal(retryAfterMs(null, at), undefined);
});

Deno.test("the bootstrap is fetched once for many concurrent lookups", async () => {
  await withRig({ fake: { bootstrapLatencyMs: 50 } }, async ({ fake, check }) => {
    const names = Array.from({ length: 10 }, (_, i) => `brand${i}`);
    const batches = await Promise.all([check(names), check(names), check(names)]);
    assert.equal(batches.flat().length, 150);
    assert.ok(batches.flat().every((r) => r.status === "available"));
    await check(["later"]);
    assert.equal(fake.stats.bootstrapFetches, 1);
  });
});

Deno.test("the bootstrap is refreshed after its TTL and kept when a refresh fails", async () => {
  let clock = 0;
  const fake = startFakeRdap({ registries: REGISTRIES });
  try {
    const net = loopbackFetch();
    const bootstrap = createBootstrapCache({
      fetch: net.fetch,
      url: fake.bootstrapUrl,
      ttlMs: 1_000,
      retryMs: 100,
      now: () => clock,
    });
    const checker = createDomainChecker({ fetch: net.fetch, bootstrap });
    const check = async () =>
      (await checker.check(DomainCheckRequestSchema.parse({ names: ["acme.com"] }))).results[0];

    assert.equal((await check()).status, "available");
    clock = 999;
    await check();
    assert.equal(fake.stats.bootstrapFetches, 1);
    clock = 1_000;
    await check();
    assert.equal(fake.stats.bootstrapFetches, 2);

    fake.bootstrapStatus = 500;
    clock = 5_000;
    assert.equal((await check()).status, "available", "the stale copy still serves");
    clock = 5_050;
    await check();
    assert.equal(fake.stats.bootstrapFetches, 3, "no new try before retryMs");

    const cold = createDomainChecker({
      fetch: net.fetch,
      bootstrap: createBootstrapCache({ fetch: net.fetch, url: fake.bootstrapUrl }),
    });
    const [result] = (await cold.check(DomainCheckRequestSchema.parse({ names: ["acme.com"] })))
      .results;
    assert.equal(result.status, "unknown");
    assert.equal(result.detail, "the RDAP bootstrap registry is unavailable");
  } finally {
    await fake.close();
  }
});

Deno.test("a bootstrap file of the wrong shape is refused; https bases come first", () => {
  assert.throws(() => parseBootstrap({ services: "nope" }), BootstrapError);
  const parsed = parseBootstrap({
    version: "1.0",
    publication: "2026-01-01T00:00:00Z",
    services: [
      [["COM", "net"], ["http://rdap.example/v1", "https://rdap.example/v1/"]],
      [["org"], ["ftp://rdap.example/", "https://rdap.example/?q=1"]],
    ],
  });
  assert.deepEqual(parsed.servers.get("com"), [
    "https://rdap.example/v1/",
    "http://rdap.example/v1/",
  ]);
  assert.equal(parsed.servers.get("org"), undefined);
});

Deno.test("no RDAP host ever sees more requests in flight than its limit", async () => {
  await withRig({
    fake: { latencyMs: 25 },
    checker: { perHostConcurrency: 4 },
  }, async ({ fake, check }) => {
    const names = Array.from({ length: 15 }, (_, i) => `load${i}`);
    const results = await check(names, ["com", "io", "co"]);
    assert.equal(results.length, 45);
    // The three registries share one host here, so they share its four slots.
    assert.equal(fake.stats.maxInFlight, 4);
  });
});

Deno.test("the overall limit holds across hosts", async () => {
  const other = startFakeRdap({ registries: { "/org/": ["org"] }, latencyMs: 25 });
  try {
    await withRig({
      fake: { latencyMs: 25, extraServices: [[["org"], [other.base("/org/")]]] },
      checker: { perHostConcurrency: 4, concurrency: 6 },
    }, async ({ fake, net, check }) => {
      const names = Array.from({ length: 12 }, (_, i) => `spread${i}`);
      await check(names, ["com", "org"]);
      assert.equal(net.maxInFlight, 6);
      assert.ok(fake.stats.maxInFlight <= 4 && other.stats.maxInFlight <= 4);
    });
  } finally {
    await other.close();
  }
});

Deno.test("the deadline turns whatever is unanswered into unknown, on time", async () => {
  await withRig({
    answers: { "stuck.com": { kind: "hang" }, "stuck.io": { kind: "hang" } },
    checker: { requestTimeoutMs: 10_000, deadlineMs: 300 },
  }, async ({ check }) => {
    const started = performance.now();
    const results = await check(["stuck"], ["com", "io", "co"]);
    assert.ok(performance.now() - started < 1_000);
    assert.deepEqual(statusOf(results), {
      "stuck.com": "unknown",
      "stuck.io": "unknown",
      "stuck.co": "available",
    });
    assert.equal(only(results, "stuck.com").detail, "the check's 300 ms deadline passed");
  });
  await withRig({
    answers: { "stuck.com": { kind: "hang" } },
    checker: { requestTimeoutMs: 100 },
  }, async ({ check }) => {
    const [result] = await check(["stuck.com"]);
    assert.equal(result.status, "unknown");
    assert.equal(result.detail, "no answer within 100 ms");
  });
});

Deno.test("no failure mode ever yields available", async () => {
  const failure: fc.Arbitrary<FakeAnswer> = fc.oneof(
    fc.record({
      kind: fc.constant("status" as const),
      status: fc.integer({ min: 200, max: 599 }).filter((s) => s !== 404),
      body: fc.oneof(fc.string(), fc.json()),
      headers: fc.record({ "retry-after": fc.oneof(fc.nat(3).map(String), fc.string()) }),
    }).map((a) => [204, 205, 304].includes(a.status) ? { ...a, body: undefined } : a),
    fc.constant({ kind: "hang" as const }),
    fc.constant({ kind: "malformed" as const }),
    fc.constantFrom("entity", "nameserver", "", "Domain").map((objectClassName) => ({
      kind: "object" as const,
      objectClassName,
    })),
    fc.constant({ kind: "registered" as const, ldhName: "someone-else.com" }),
    fc.constantFrom("/net/domain/x.com", "/unlisted/domain/x.com", "http://203.0.113.7/")
      .map((location) => ({ kind: "redirect" as const, location })),
    fc.constantFrom("60", "Sun, 01 Mar 2099 12:00:00 GMT").map((retryAfter) => ({
      kind: "status" as const,
      status: 429,
      headers: { "retry-after": retryAfter },
    })),
  );
  await withRig({
    checker: { requestTimeoutMs: 100, deadlineMs: 400 },
  }, async ({ fake, check }) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(failure, { minLength: 1, maxLength: 4 }), async (answers) => {
        run++;
        const names = answers.map((answer, i) => {
          fake.answers.set(`r${run}n${i}.com`, answer);
          return `r${run}n${i}`;
        });
        const results = await check(names, ["com"]);
        assert.equal(results.length, answers.length);
        for (const result of results) assert.notEqual(result.status, "available", result.detail);
      }),
      { numRuns: 40 },
    );
  });
});

/** A results cache in memory, standing in for the domain_checks table. */
function memoryCache() {
  const rows = new Map<string, DomainResult>();
  const puts: string[][] = [];
  const cache: DomainResultCache = {
    get: (domains) =>
      Promise.resolve(new Map(domains.flatMap((d) => rows.has(d) ? [[d, rows.get(d)!]] : []))),
    put(results) {
      puts.push(results.map((r) => r.domain));
      for (const r of results) rows.set(r.domain, r);
      return Promise.resolve();
    },
  };
  return { cache, puts };
}

Deno.test("cached verdicts skip RDAP; unknown ones are never cached", async () => {
  const { cache, puts } = memoryCache();
  await withRig({
    checker: { cache },
    answers: { "taken.com": { kind: "registered" }, "broken.com": { kind: "status", status: 500 } },
  }, async ({ fake, check }) => {
    await check(["free", "taken", "broken"], ["com"]);
    assert.deepEqual(puts, [["free.com", "taken.com"]]);
    const before = fake.stats.queries.length;
    const again = await check(["FREE", "taken", "broken"], ["com"]);
    assert.deepEqual(fake.stats.queries.slice(before), ["/com/domain/broken.com"]);
    assert.equal(only(again, "free.com").name, "FREE", "named as this caller spelled it");
    assert.equal(only(again, "free.com").status, "available");
  });
  assert.ok(cacheTtlSeconds({ status: "available" }) < cacheTtlSeconds({ status: "taken" }));
  assert.equal(cacheTtlSeconds({ status: "reserved" }), cacheTtlSeconds({ status: "taken" }));
  assert.equal(cacheTtlSeconds({ status: "unknown" }), 0);
});

Deno.test("a failing results cache never fails a check", async () => {
  const cache: DomainResultCache = {
    get: () => Promise.reject(new Error("database down")),
    put: () => Promise.reject(new Error("database down")),
  };
  await withRig({ checker: { cache } }, async ({ check }) => {
    const [result] = await check(["acme.com"]);
    assert.equal(result.status, "available");
  });
});

Deno.test("operator overrides beat the bootstrap; the gap table fills its holes", async () => {
  await withRig({}, async ({ fake, net, bootstrap, check }) => {
    const overridden = createDomainChecker({
      fetch: net.fetch,
      bootstrap,
      // No trailing slash: the query URL must still be <base>/domain/<name>.
      loadOverrides: () => Promise.resolve({ com: fake.base("/alt") }),
    });
    const [viaOverride] = (await overridden.check(
      DomainCheckRequestSchema.parse({ names: ["acme.com"] }),
    )).results;
    assert.equal(viaOverride.status, "available");
    assert.equal(viaOverride.server, fake.base("/alt/"));
    assert.deepEqual(fake.stats.queries, ["/alt/domain/acme.com"]);

    const [gap, none] = await check(["acme.sh", "acme.example"]);
    assert.equal(gap.server, RDAP_GAP_SERVERS.sh);
    assert.equal(gap.status, "unknown", "the test fetch refuses the real server");
    assert.ok(net.urls.includes(`${RDAP_GAP_SERVERS.sh}domain/acme.sh`));
    assert.equal(none.status, "unknown");
    assert.equal(none.server, null);
    assert.equal(none.detail, "no RDAP server is known for .example");
  });
});

Deno.test("a caller's abort ends the check with unknown verdicts", async () => {
  await withRig({ answers: { "slow.com": { kind: "hang" } } }, async ({ check }) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const [result] = await check(["slow.com"], undefined, controller.signal);
    assert.equal(result.status, "unknown");
    assert.equal(result.detail, "the check was cancelled");
  });
});

Deno.test("a semaphore waiter that gives up does not keep a slot", async () => {
  const semaphore = new Semaphore(1);
  let release!: () => void;
  const holder = semaphore.run(() => new Promise<void>((r) => release = r));
  const controller = new AbortController();
  const quitter = semaphore.run(() => Promise.resolve("ran"), controller.signal);
  controller.abort(new Error("gave up"));
  await assert.rejects(quitter, /gave up/);
  assert.equal(semaphore.waiting, 0);
  release();
  await holder;
  assert.equal(await semaphore.run(() => Promise.resolve("next")), "next");
  assert.equal(semaphore.active, 0);
});

Deno.test("IDN mapping and Punycode decoding answer as node:url does", async () => {
  const { domainToASCII, domainToUnicode } = await import("node:url");
  const labels = [
    "bücher",
    "München",
    "ＡＣＭＥ",
    "straße",
    "ελληνικά",
    "日本語",
    "한국어",
    "مثال",
    "пример",
    "café",
    "ñandú",
    "ǅemal",
    "a\u0301b",
    "xn--bcher-kva",
    "xn--mnchen-3ya",
    "xn--zz",
    "xn--",
    "xn--a",
    "xn--80akhbyknj4f",
    "xn--wgv71a119e",
    "xn--ls8h",
    "xn--a-ecp.ru",
    "xn--99999999",
    "xn--kxae4bafwg",
  ];
  for (const label of labels) {
    assert.equal(toASCII(label), domainToASCII(label), `toASCII(${label})`);
    if (label.startsWith("xn--")) {
      const ours = decodeLabel(label.slice(4));
      const node = domainToUnicode(label);
      // node:url marks what does not decode with U+FFFD; normalize.ts rejects such a label
      // because it does not encode back to itself.
      if (node.includes("\uFFFD")) assert.ok(!ours || toASCII(ours) !== label, label);
      else assert.equal(ours?.normalize("NFC"), node, `decodeLabel(${label})`);
    }
  }
});

Deno.test("Punycode that decodes past U+10FFFF or to a surrogate is refused, never thrown", () => {
  for (const label of ["8k79s", "qh83jfgd", "fx35j"]) {
    assert.equal(decodeLabel(label), undefined, label);
    assert.equal(parseNameInput(`xn--${label}.com`).ok, false, label);
    assert.equal(toTld(`xn--${label}`).ok, false, label);
  }
  fc.assert(fc.property(fc.stringMatching(/^[a-z0-9-]{1,40}$/), (label) => {
    const decoded = decodeLabel(label);
    assert.ok(decoded === undefined || decoded.isWellFormed(), label);
  }));
});
