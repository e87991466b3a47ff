/**
 * The failover AI client's pure parts: circuit breaker, failover policy, error
 * classification, pricing, chain configuration and answer checking.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { z } from "zod";
import { checkAnswer } from "../shared/ai/answer.ts";
import { ChainConfigError, chainsFromEnv, parseChain } from "../shared/ai/chain.ts";
import { aiConfig } from "../shared/ai/config.ts";
import { ConfigError, loadConfig } from "../shared/config.ts";
import {
  type CircuitState,
  claimProbe,
  closedCircuit,
  decide,
  DEFAULT_CIRCUIT,
  type HealthOutcome,
  recordOutcome,
} from "../shared/ai/circuit.ts";
import {
  classifyError,
  failureFromResponse,
  kindForStatus,
  parseRetryAfter,
} from "../shared/ai/classify.ts";
import { ProviderError } from "../shared/ai/errors.ts";
import { CachedHealthStore } from "../shared/ai/health_cache.ts";
import { MemoryHealthStore } from "../shared/ai/memory_health.ts";
import {
  attemptBudgetMs,
  backoffMs,
  DEFAULT_POLICY,
  healthOutcomeFor,
  nextStep,
  planChain,
} from "../shared/ai/policy.ts";
import { attemptCost, estimateCost, priceFor } from "../shared/ai/pricing.ts";
import type { FailureKind } from "../shared/ai/types.ts";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const FAIL: HealthOutcome = { type: "failure" };
const OK: HealthOutcome = { type: "success" };

function replay(outcomes: HealthOutcome[], start = closedCircuit(T0), stepMs = 1_000) {
  return outcomes.reduce(
    (state, outcome, i) => recordOutcome(state, outcome, T0 + i * stepMs),
    start,
  );
}

// ---------------------------------------------------------------- circuit breaker

Deno.test("three consecutive failures open the circuit for the base cooldown", () => {
  const two = replay([FAIL, FAIL]);
  assert.equal(decide(two, T0 + 2_000), "closed");
  const three = recordOutcome(two, FAIL, T0 + 2_000);
  assert.equal(three.status, "open");
  assert.equal(three.openUntil, T0 + 2_000 + 30_000);
  assert.equal(decide(three, T0 + 31_999), "open");
  assert.equal(decide(three, T0 + 32_000), "half_open_available");
});

Deno.test("a success in between resets the consecutive count", () => {
  // Four failures in eight calls: never three in a row, and not more than half.
  assert.equal(replay([OK, OK, OK, FAIL, FAIL, OK, FAIL, FAIL]).status, "closed");
});

Deno.test("more than half of at least five calls failing in the window opens it", () => {
  assert.equal(replay([FAIL, OK, FAIL, OK, FAIL]).status, "open", "3 of 5");
  assert.equal(replay([FAIL, OK, FAIL, OK, OK]).status, "closed", "2 of 5");
  assert.equal(replay([FAIL, OK, FAIL, OK]).status, "closed", "2 of 4: too few calls");
  assert.equal(replay([OK, FAIL, OK, FAIL, OK, FAIL]).status, "closed", "exactly half");
});

Deno.test("the failure-rate window starts over after 60 seconds", () => {
  // Same pattern as above, but spread so that the fifth call lands in a new window.
  const state = replay([FAIL, OK, FAIL, OK, FAIL], closedCircuit(T0), 15_000);
  assert.equal(state.status, "closed");
  assert.equal(state.windowCalls, 1);
});

Deno.test("an auth failure opens the circuit at once, for long", () => {
  const state = recordOutcome(closedCircuit(T0), { type: "fatal" }, T0);
  assert.equal(state.status, "open");
  assert.equal(state.openUntil, T0 + DEFAULT_CIRCUIT.fatalCooldownMs);
  assert.ok(DEFAULT_CIRCUIT.fatalCooldownMs > DEFAULT_CIRCUIT.maxCooldownMs);
});

Deno.test("a 429 opening lasts max(Retry-After, 30 s), capped at 5 minutes", () => {
  const opened = (retryAfterMs: number) =>
    recordOutcome(replay([FAIL, FAIL]), { type: "failure", retryAfterMs }, T0 + 2_000).cooldownMs;
  assert.equal(opened(10_000), 30_000);
  assert.equal(opened(120_000), 120_000);
  assert.equal(opened(3_600_000), 300_000);
});

Deno.test("exactly one caller claims the half-open probe until its lease ends", () => {
  const open = replay([FAIL, FAIL, FAIL]);
  const after = open.openUntil!;
  assert.equal(claimProbe(open, after - 1, 5_000), undefined, "not during the cooldown");
  const claimed = claimProbe(open, after, 5_000)!;
  assert.ok(claimed);
  assert.equal(claimProbe(claimed, after + 10, 5_000), undefined, "taken");
  assert.equal(decide(claimed, after + 10), "open");
  assert.ok(claimProbe(claimed, after + 5_000, 5_000), "the lease lapsed: claimable again");
});

Deno.test("a successful probe closes the circuit, a failed one doubles the cooldown to 5 min", () => {
  let state = replay([FAIL, FAIL, FAIL]);
  const cooldowns = [state.cooldownMs];
  for (let i = 0; i < 5; i++) {
    state = recordOutcome(state, FAIL, state.openUntil!);
    cooldowns.push(state.cooldownMs);
  }
  assert.deepEqual(cooldowns, [30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
  const closed = recordOutcome(state, OK, state.openUntil!);
  assert.equal(closed.status, "closed");
  assert.equal(closed.cooldownMs, 30_000, "the next opening starts over");
});

Deno.test("a straggling success during the cooldown does not close the circuit", () => {
  const open = replay([FAIL, FAIL, FAIL]);
  const later = recordOutcome(open, OK, T0 + 5_000);
  assert.equal(later.status, "open");
  assert.equal(later.openUntil, open.openUntil);
});

const outcomeArb: fc.Arbitrary<HealthOutcome> = fc.oneof(
  fc.constant(OK),
  fc.constant(FAIL),
  fc.constant<HealthOutcome>({ type: "fatal" }),
  fc.integer({ min: 0, max: 3_600_000 }).map((ms): HealthOutcome => ({
    type: "failure",
    retryAfterMs: ms,
  })),
);
const historyArb = fc.array(
  fc.tuple(outcomeArb, fc.integer({ min: 0, max: 120_000 })),
  { maxLength: 60 },
);

function play(history: [HealthOutcome, number][]): { state: CircuitState; now: number } {
  let now = T0;
  let state = closedCircuit(T0);
  for (const [outcome, gap] of history) {
    now += gap;
    state = recordOutcome(state, outcome, now);
  }
  return { state, now };
}

Deno.test("property: any history leaves a consistent circuit", () => {
  fc.assert(fc.property(historyArb, (history) => {
    const { state } = play(history);
    if (state.status === "open") {
      assert.ok(state.openUntil !== null);
      const allowed = state.cooldownMs <= DEFAULT_CIRCUIT.maxCooldownMs ||
        state.cooldownMs === DEFAULT_CIRCUIT.fatalCooldownMs;
      assert.ok(state.cooldownMs >= DEFAULT_CIRCUIT.baseCooldownMs && allowed);
    } else {
      assert.ok(state.consecutiveFailures < DEFAULT_CIRCUIT.consecutiveFailures);
      assert.ok(state.windowFailures <= state.windowCalls);
    }
  }));
});

Deno.test("property: of any number of simultaneous claims, at most one wins", () => {
  fc.assert(fc.property(historyArb, fc.integer({ min: 0, max: 700_000 }), (history, wait) => {
    const { state, now } = play(history);
    let current = state;
    let winners = 0;
    for (let i = 0; i < 5; i++) {
      const claimed = claimProbe(current, now + wait, 10_000);
      if (claimed) {
        winners++;
        current = claimed;
      }
    }
    assert.ok(winners <= 1);
    assert.equal(winners === 1, decide(state, now + wait) === "half_open_available");
  }));
});

Deno.test("property: successes alone never open a closed circuit", () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 100_000 })), (gaps) => {
    const { state } = play(gaps.map((gap) => [OK, gap]));
    assert.equal(state.status, "closed");
  }));
});

Deno.test("the in-memory store applies the same machine and hands out one probe", async () => {
  let now = T0;
  const store = new MemoryHealthStore(() => now);
  for (let i = 0; i < 3; i++) await store.record("openai:m", FAIL);
  assert.equal((await store.read(["openai:m", "fal:x"])).size, 1, "unknown keys are absent");
  assert.equal(await store.claimProbe("openai:m", 1_000), false, "cooling down");
  now += 30_000;
  assert.equal(await store.claimProbe("openai:m", 1_000), true);
  assert.equal(await store.claimProbe("openai:m", 1_000), false);
  await store.record("openai:m", OK);
  assert.equal(store.get("openai:m")?.status, "closed");
});

Deno.test("the health cache serves reads for its TTL and applies its own outcomes at once", async () => {
  let now = T0;
  const shared = new MemoryHealthStore(() => now);
  let reads = 0;
  let releaseWrite = () => {};
  const slowStore = {
    read: (keys: readonly string[]) => {
      reads++;
      return shared.read(keys);
    },
    // A shared write that has not landed yet.
    record: () => new Promise<void>((resolve) => releaseWrite = resolve),
    claimProbe: (key: string, lease: number) => shared.claimProbe(key, lease),
  };
  const cache = new CachedHealthStore(slowStore, 3_000, () => now);

  await cache.read(["openai:m"]);
  now += 2_999;
  await cache.read(["openai:m"]);
  assert.equal(reads, 1, "served from memory within the TTL");

  const write = cache.record("openai:m", { type: "fatal" });
  assert.equal(decide((await cache.read(["openai:m"])).get("openai:m")!, now), "open");
  releaseWrite();
  await write;

  now += 1;
  await cache.read(["openai:m"]);
  assert.equal(reads, 2, "refreshed after the TTL");
});

// ---------------------------------------------------------------- failover policy

Deno.test("property: backoff is 0.5 s·2^n with equal jitter, capped at 8 s", () => {
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 20 }),
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    (n, random) => {
      const ceiling = Math.min(500 * 2 ** n, 8_000);
      const delay = backoffMs(n, random);
      assert.ok(delay >= ceiling / 2 && delay <= ceiling, `${delay} for retry ${n}`);
    },
  ));
  assert.equal(backoffMs(0, 0), 250);
  assert.equal(backoffMs(1, 0.999_999_9), 999.99995);
});

const ctx = (extra: Partial<Parameters<typeof nextStep>[1]> = {}) => ({
  retriesUsed: 0,
  repairsUsed: 0,
  now: T0,
  deadline: T0 + 60_000,
  random: 0.5,
  ...extra,
});

Deno.test("transient failures are retried twice per provider, then the next one is tried", () => {
  for (const kind of ["rate_limited", "server_error", "transient", "connection_error"] as const) {
    assert.equal(nextStep({ kind }, ctx()).action, "retry", kind);
    assert.equal(nextStep({ kind }, ctx({ retriesUsed: 1 })).action, "retry", kind);
    assert.equal(nextStep({ kind }, ctx({ retriesUsed: 2 })).action, "next_provider", kind);
  }
});

Deno.test("bad requests, auth errors, unknown models, refusals and timeouts move on at once", () => {
  const kinds: FailureKind[] = [
    "bad_request",
    "auth",
    "not_found",
    "content_refused",
    "timeout",
    "unexpected",
  ];
  for (const kind of kinds) {
    assert.deepEqual(nextStep({ kind }, ctx()), { action: "next_provider" });
  }
});

Deno.test("an invalid answer gets one repair turn", () => {
  assert.deepEqual(nextStep({ kind: "invalid_output" }, ctx()), { action: "repair" });
  assert.deepEqual(nextStep({ kind: "invalid_output" }, ctx({ repairsUsed: 1 })), {
    action: "next_provider",
  });
});

Deno.test("Retry-After is honoured exactly when it fits the deadline, else skipped", () => {
  const failure = { kind: "rate_limited" as const, retryAfterMs: 20_000 };
  assert.deepEqual(nextStep(failure, ctx()), { action: "retry", delayMs: 20_000 });
  assert.deepEqual(nextStep(failure, ctx({ deadline: T0 + 20_500 })), { action: "next_provider" });
});

Deno.test("a backoff that would overrun the deadline moves on instead", () => {
  assert.deepEqual(nextStep({ kind: "server_error" }, ctx({ deadline: T0 + 1_100 })), {
    action: "next_provider",
  });
});

Deno.test("an attempt gets its timeout or what is left, and none starts in the last second", () => {
  assert.equal(attemptBudgetMs("text", T0, T0 + 100_000), 30_000);
  assert.equal(attemptBudgetMs("image", T0, T0 + 100_000), 60_000);
  assert.equal(attemptBudgetMs("text", T0, T0 + 5_000), 5_000);
  assert.equal(attemptBudgetMs("text", T0, T0 + 999), 0);
  assert.ok(DEFAULT_POLICY.defaultBudgetMs < 150_000, "fits the edge wall-clock limit");
});

Deno.test("what each outcome means for the provider's circuit", () => {
  assert.deepEqual(healthOutcomeFor("ok"), { type: "success" });
  assert.deepEqual(healthOutcomeFor("invalid_output"), { type: "success" });
  assert.equal(healthOutcomeFor("content_refused"), null);
  assert.deepEqual(healthOutcomeFor("auth"), { type: "fatal" });
  assert.deepEqual(healthOutcomeFor("not_found"), { type: "fatal" });
  assert.deepEqual(healthOutcomeFor("rate_limited", 5_000), {
    type: "failure",
    retryAfterMs: 5_000,
  });
  assert.deepEqual(healthOutcomeFor("timeout"), { type: "failure" });
  assert.deepEqual(healthOutcomeFor("bad_request"), { type: "failure" });
});

Deno.test("a chain plan keeps closed providers, probes cooled ones and skips open ones", () => {
  const open = replay([FAIL, FAIL, FAIL]);
  const states = new Map([
    ["b", open],
    ["c", { ...open, openUntil: T0 - 1 }],
  ]);
  const plan = planChain(["a", "b", "c"], (k) => k, states, T0 + 3_000);
  assert.deepEqual(plan.order.map((p) => `${p.key}:${p.mode}`), ["a:closed", "c:probe"]);
  assert.deepEqual(plan.skipped.map((p) => p.key), ["b"]);
  assert.equal(plan.lastResort, undefined, "a closed provider exists");
});

Deno.test("with no closed circuit the least recently failed provider is the last resort", () => {
  const openAt = (at: number) => ({ ...replay([FAIL, FAIL, FAIL]), lastFailureAt: at });
  const states = new Map([["a", openAt(T0 + 500)], ["b", openAt(T0 + 100)], [
    "c",
    openAt(T0 + 900),
  ]]);
  const plan = planChain(["a", "b", "c"], (k) => k, states, T0 + 3_000);
  assert.deepEqual(plan.order, []);
  assert.equal(plan.lastResort?.key, "b");
});

// ---------------------------------------------------------------- classification

Deno.test("HTTP statuses map to failure kinds", () => {
  const table: [number, FailureKind][] = [
    [400, "bad_request"],
    [401, "auth"],
    [402, "auth"],
    [403, "auth"],
    [404, "not_found"],
    [408, "transient"],
    [409, "transient"],
    [413, "bad_request"],
    [422, "bad_request"],
    [429, "rate_limited"],
    [500, "server_error"],
    [503, "server_error"],
    [529, "server_error"],
  ];
  for (const [status, kind] of table) assert.equal(kindForStatus(status), kind, String(status));
});

Deno.test("Retry-After is read as ms, seconds or an HTTP date", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  assert.equal(parseRetryAfter(h({ "retry-after-ms": "1500" }), T0), 1_500);
  assert.equal(parseRetryAfter(h({ "retry-after": "2" }), T0), 2_000);
  assert.equal(parseRetryAfter(h({ "retry-after": "0.5" }), T0), 500);
  const inTenSeconds = new Date(T0 + 10_000).toUTCString();
  assert.equal(parseRetryAfter(h({ "retry-after": inTenSeconds }), T0), 10_000);
  assert.equal(parseRetryAfter(h({ "retry-after": "soon" }), T0), undefined);
  assert.equal(parseRetryAfter(h({}), T0), undefined);
});

Deno.test("the OpenAI SDK's errors are classified with status, Retry-After and request id", () => {
  const headers = new Headers({ "retry-after": "3", "x-request-id": "req_abc" });
  const body = {
    error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" },
  };
  const failure = classifyError(
    "openai",
    OpenAI.APIError.generate(429, body, undefined, headers),
    T0,
  );
  assert.equal(failure.kind, "rate_limited");
  assert.equal(failure.status, 429);
  assert.equal(failure.retryAfterMs, 3_000);
  assert.equal(failure.requestId, "req_abc");
  assert.match(failure.message, /Rate limit reached/);

  const blocked = OpenAI.APIError.generate(
    400,
    { error: { message: "rejected by our safety system", type: "x", code: "moderation_blocked" } },
    undefined,
    new Headers(),
  );
  assert.equal(classifyError("openai", blocked, T0).kind, "content_refused");
  const offline = new OpenAI.APIConnectionError({ message: "Connection error." });
  assert.equal(classifyError("openai", offline, T0).kind, "connection_error");
});

Deno.test("the Anthropic SDK's errors are classified from their body and headers", () => {
  const headers = new Headers({ "request-id": "req_011" });
  const body = { type: "error", error: { type: "overloaded_error", message: "Overloaded" } };
  const failure = classifyError(
    "anthropic",
    Anthropic.APIError.generate(529, body, undefined, headers),
    T0,
  );
  assert.equal(failure.kind, "server_error");
  assert.equal(failure.requestId, "req_011");
  assert.match(failure.message, /anthropic answered 529: Overloaded/);
});

Deno.test("fal error bodies: string detail and a content-policy detail list", () => {
  const server = failureFromResponse("fal", 500, new Headers(), { detail: "Internal" }, T0);
  assert.equal(server.kind, "server_error");
  assert.match(server.message, /Internal/);
  const refused = failureFromResponse("fal", 422, new Headers(), {
    detail: [{ loc: ["body", "prompt"], msg: "flagged", type: "content_policy_violation" }],
  }, T0);
  assert.equal(refused.kind, "content_refused");
  assert.match(refused.message, /flagged/);
});

Deno.test("anything else is unexpected; ProviderErrors pass through", () => {
  assert.equal(classifyError("x", new RangeError("bug"), T0).kind, "unexpected");
  const own = new ProviderError("timeout", "slow");
  assert.equal(classifyError("x", own, T0), own);
});

// ---------------------------------------------------------------- pricing

Deno.test("prices are found exactly or through a dated snapshot's family", () => {
  assert.deepEqual(
    priceFor("openai", "gpt-4.1-mini-2025-04-14"),
    priceFor("openai", "gpt-4.1-mini"),
  );
  assert.deepEqual(
    priceFor("anthropic", "claude-3-5-haiku-latest"),
    priceFor("anthropic", "claude-3-5-haiku"),
  );
  assert.equal(priceFor("openai", "gpt-4.1"), priceFor("openai", "gpt-4.1"));
  assert.notDeepEqual(priceFor("openai", "gpt-4.1-mini"), priceFor("openai", "gpt-4.1"));
  assert.equal(priceFor("compat", "llama-3.1-70b"), undefined);
});

Deno.test("costs are estimated from tokens, per image, and per vector image", () => {
  assert.deepEqual(
    estimateCost({ inputPerMTok: 1, outputPerMTok: 5 }, { tokens: { input: 1e6, output: 2e5 } }),
    {
      state: "estimated",
      usd: 2,
    },
  );
  const recraft = priceFor("fal", "fal-ai/recraft-v3");
  assert.deepEqual(estimateCost(recraft, { tokens: null, images: 3 }), {
    state: "estimated",
    usd: 0.12,
  });
  assert.deepEqual(estimateCost(recraft, { tokens: null, images: 2, vector: true }), {
    state: "estimated",
    usd: 0.16,
  });
  assert.deepEqual(estimateCost(undefined, { tokens: { input: 1, output: 1 } }), {
    state: "unknown",
  });
});

Deno.test("timed-out attempts cost unknown, error answers cost nothing", () => {
  const usage = { tokens: null };
  assert.deepEqual(attemptCost("openai", "gpt-4.1-mini", "timeout", usage), { state: "unknown" });
  assert.deepEqual(attemptCost("openai", "gpt-4.1-mini", "connection_error", usage), {
    state: "unknown",
  });
  assert.deepEqual(attemptCost("openai", "gpt-4.1-mini", "server_error", usage), {
    state: "estimated",
    usd: 0,
  });
  const invalid = attemptCost("openai", "gpt-4.1-mini", "invalid_output", {
    tokens: { input: 1_000, output: 1_000 },
  });
  assert.deepEqual(invalid, { state: "estimated", usd: 0.002 });
});

// ---------------------------------------------------------------- chains from env

Deno.test("a chain is provider:model pairs; the model keeps any further colons", () => {
  assert.deepEqual(
    parseChain("V", " openai:gpt-4.1-mini , compat:llama3.1:70b ", ["openai", "compat"]),
    [
      { provider: "openai", model: "gpt-4.1-mini" },
      { provider: "compat", model: "llama3.1:70b" },
    ],
  );
  assert.throws(() => parseChain("V", "mistral:large", ["openai"]), ChainConfigError);
  assert.throws(() => parseChain("V", "openai:", ["openai"]), /names no model/);
  assert.throws(() => parseChain("V", " , ", ["openai"]), /lists no provider/);
});

Deno.test("default chains drop providers without a key", () => {
  const none = chainsFromEnv({});
  assert.deepEqual(none.text, []);
  assert.deepEqual(none.image, []);
  assert.deepEqual(none.withoutKey.map((e) => e.provider), [
    "openai",
    "anthropic",
    "fal",
    "openai",
  ]);

  const some = chainsFromEnv({
    OPENAI_API_KEY: "sk",
    FAL_KEY: "fk",
    FAL_BASE_URL: "http://127.0.0.1:9",
  });
  assert.deepEqual(some.text.map((e) => `${e.provider}:${e.model}`), ["openai:gpt-4.1-mini"]);
  assert.deepEqual(some.image.map((e) => `${e.provider}:${e.model}`), [
    "fal:fal-ai/recraft-v3",
    "openai:gpt-image-1-mini",
  ]);
  assert.deepEqual(some.image[0].endpoint, { apiKey: "fk", baseURL: "http://127.0.0.1:9" });
});

Deno.test("an OpenAI-compatible endpoint needs its base URL and key, and joins the default chain", () => {
  const env = {
    OPENAI_COMPAT_BASE_URL: "http://127.0.0.1:8000/v1",
    OPENAI_COMPAT_API_KEY: "local",
    OPENAI_COMPAT_MODEL: "llama-3.1-70b",
  };
  assert.deepEqual(chainsFromEnv(env).text, [{
    provider: "compat",
    model: "llama-3.1-70b",
    endpoint: { apiKey: "local", baseURL: "http://127.0.0.1:8000/v1" },
  }]);
  const noKey = chainsFromEnv({ ...env, OPENAI_COMPAT_API_KEY: "" });
  assert.deepEqual(noKey.text, []);
  const custom = chainsFromEnv({ ...env, AI_TEXT_CHAIN: "compat:qwen2.5" });
  assert.deepEqual(custom.text.map((e) => e.model), ["qwen2.5"]);
});

// ---------------------------------------------------------------- answers

Deno.test("answers are checked as JSON, then against the schema, with problems for the model", () => {
  const schema = z.object({ names: z.array(z.string().min(2)).min(1) });
  assert.deepEqual(checkAnswer(schema, '{"names":["Lumora"]}'), {
    ok: true,
    value: { names: ["Lumora"] },
  });
  const broken = checkAnswer(schema, '{"names": [');
  assert.ok(!broken.ok && /not valid JSON/.test(broken.problems));
  const wrong = checkAnswer(schema, '{"names":["L"]}');
  assert.ok(!wrong.ok && /names\.0: /.test(wrong.problems));
});

Deno.test("the AI config refuses a malformed chain with a ConfigError naming the variable", () => {
  const config = loadConfig({ AI_TEXT_CHAIN: "openai:" });
  assert.throws(
    () => aiConfig(config),
    (err: Error) => err instanceof ConfigError && /AI_TEXT_CHAIN/.test(err.message),
  );
  assert.equal(aiConfig(loadConfig({})).AI_TEXT_CHAIN, undefined);
});
