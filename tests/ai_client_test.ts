/**
 * The failover AI client driving the real SDKs against loopback fakes of OpenAI, Anthropic
 * and fal: every scenario is observable as what the caller gets back and what each fake saw.
 */
import assert from "node:assert/strict";
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { z } from "zod";
import { type CircuitState, closedCircuit, DEFAULT_CIRCUIT } from "../shared/ai/circuit.ts";
import { type AiClient, createAiClient } from "../shared/ai/client.ts";
import { aiClientFromEnv } from "../shared/ai/from_env.ts";
import { jsonSchemaOf } from "../shared/ai/json_schema.ts";
import { MemoryHealthStore } from "../shared/ai/memory_health.ts";
import type { FailoverPolicy } from "../shared/ai/policy.ts";
import { anthropicTextProvider } from "../shared/ai/providers/anthropic_text.ts";
import { falImageProvider } from "../shared/ai/providers/fal_images.ts";
import { openAiImageProvider } from "../shared/ai/providers/openai_images.ts";
import { openAiTextProvider } from "../shared/ai/providers/openai_text.ts";
import type { Attempt, HealthStore, SubmittedJob, TextRequest } from "../shared/ai/types.ts";
import {
  anthropicErrors,
  type AnthropicFake,
  MESSAGES_PATH,
  startAnthropicFake,
} from "./fakes/anthropic_server.ts";
import { falErrors, type FalFake, startFalFake } from "./fakes/fal_server.ts";
import { hang } from "./fakes/loopback.ts";
import {
  CHAT_PATH,
  chatCompletion,
  IMAGES_PATH,
  openAiErrors,
  type OpenAiFake,
  startOpenAiFake,
} from "./fakes/openai_server.ts";
import { captureLogs } from "./helpers/app.ts";
import { settleBackground } from "../shared/runtime/background.ts";
import { test } from "./helpers/test.ts";

const Names = z.object({
  names: z.array(z.object({
    name: z.string().min(2),
    style: z.enum(["invented", "compound", "descriptive"]),
  })).min(1).max(5),
});
type Names = z.infer<typeof Names>;

const FROM_OPENAI: Names = { names: [{ name: "Lumora", style: "invented" }] };
const FROM_ANTHROPIC: Names = { names: [{ name: "Crumbly", style: "descriptive" }] };
const FROM_OFFLINE: Names = { names: [{ name: "Oven Mark", style: "compound" }] };

const OPENAI = { provider: "openai", model: "gpt-4.1-mini" } as const;
const ANTHROPIC = { provider: "anthropic", model: "claude-haiku-4-5" } as const;
const RECRAFT = { provider: "fal", model: "fal-ai/recraft-v3" } as const;
const OPENAI_KEY = "openai:gpt-4.1-mini";
const ANTHROPIC_KEY = "anthropic:claude-haiku-4-5";

/** The real policy with shorter waits, so retry scenarios run in milliseconds. */
const FAST: Partial<FailoverPolicy> = {
  baseBackoffMs: 20,
  maxBackoffMs: 80,
  attemptTimeoutMs: { text: 2_000, image: 2_000 },
};

interface Stack {
  openai: OpenAiFake;
  anthropic: AnthropicFake;
  fal: FalFake;
  health: MemoryHealthStore;
  attempts: Attempt[];
  logs: ReturnType<typeof captureLogs>;
  client: AiClient;
}

function aiTest(
  name: string,
  fn: (stack: Stack) => Promise<void>,
  options: {
    policy?: Partial<FailoverPolicy>;
    health?: (memory: MemoryHealthStore) => HealthStore;
  } = {},
) {
  test(name, async () => {
    const openai = startOpenAiFake(FROM_OPENAI);
    const anthropic = startAnthropicFake(FROM_ANTHROPIC);
    const fal = startFalFake();
    const health = new MemoryHealthStore();
    const attempts: Attempt[] = [];
    const logs = captureLogs();
    const client = createAiClient({
      text: [
        openAiTextProvider({ ...OPENAI, apiKey: "sk-test", baseURL: openai.baseURL }),
        anthropicTextProvider({
          model: ANTHROPIC.model,
          apiKey: "sk-ant-test",
          baseURL: anthropic.url,
        }),
      ],
      image: [
        falImageProvider({
          model: RECRAFT.model,
          apiKey: "fal-test",
          baseURL: fal.url,
          pollIntervalMs: 10,
        }),
        openAiImageProvider({
          model: "gpt-image-1-mini",
          apiKey: "sk-test",
          baseURL: openai.baseURL,
        }),
      ],
      health: options.health?.(health) ?? health,
      attempts: { record: (attempt) => attempts.push(attempt) },
      log: logs,
      policy: { ...FAST, ...options.policy },
    });
    try {
      await fn({ openai, anthropic, fal, health, attempts, logs, client });
    } finally {
      await Promise.all([openai.close(), anthropic.close(), fal.close()]);
    }
  });
}

const namesRequest = (
  extra: Partial<TextRequest<typeof Names>> = {},
): TextRequest<typeof Names> => ({
  schema: Names,
  schemaName: "brand_names",
  system: "You name brands.",
  prompt: "Name a neighbourhood bakery.",
  offline: () => FROM_OFFLINE,
  ...extra,
});

const outcomes = (attempts: Attempt[]) => attempts.map((a) => `${a.provider}:${a.outcome}`);

function openCircuit(now: number, lastFailureAt: number): CircuitState {
  return {
    ...closedCircuit(now),
    status: "open",
    openUntil: now + DEFAULT_CIRCUIT.baseCooldownMs,
    lastFailureAt,
  };
}

aiTest("a healthy first provider answers with provenance, tokens and cost", async (s) => {
  const result = await s.client.generateObject(namesRequest({ generationId: "gen-1" }));

  assert.deepEqual(result.value, FROM_OPENAI);
  assert.equal(result.provider, "openai");
  assert.equal(result.model, "gpt-4.1-mini");
  assert.equal(result.attempts.length, 1);
  const [attempt] = result.attempts;
  assert.equal(attempt.outcome, "ok");
  assert.deepEqual(attempt.tokens, { input: 120, output: 40 });
  // gpt-4.1-mini: $0.40 / $1.60 per million tokens.
  assert.equal(attempt.cost.state, "estimated");
  assert.ok(Math.abs((attempt.cost as { usd: number }).usd - 0.000112) < 1e-12);
  assert.match(attempt.requestId!, /^req_/);
  assert.equal(attempt.generationId, "gen-1");
  assert.deepEqual(s.attempts, result.attempts, "the sink saw the same attempts");

  const [request] = s.openai.requests;
  assert.equal(request.headers.get("authorization"), "Bearer sk-test");
  const body = request.body as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
  assert.ok(body.response_format?.type === "json_schema");
  assert.equal(body.response_format.json_schema.name, "brand_names");
  assert.equal(body.response_format.json_schema.strict, true);
  assert.equal(body.max_completion_tokens, 2048);
  assert.deepEqual(body.messages.map((m) => m.role), ["system", "user"]);
  assert.equal(s.anthropic.count(), 0);
});

aiTest(
  "Anthropic answers through a forced tool call whose input schema is the zod schema",
  async (s) => {
    s.openai.chat.push(openAiErrors.invalidKey());
    const result = await s.client.generateObject(namesRequest());

    assert.deepEqual(result.value, FROM_ANTHROPIC);
    assert.equal(result.provider, "anthropic");
    const body = s.anthropic.requests[0].body as Anthropic.MessageCreateParamsNonStreaming;
    assert.deepEqual(body.tool_choice, { type: "tool", name: "brand_names" });
    const [tool] = body.tools as Anthropic.Tool[];
    assert.equal(tool.name, "brand_names");
    assert.deepEqual(tool.input_schema, jsonSchemaOf(Names));
    assert.equal(body.system, "You name brands.");
    assert.equal(s.anthropic.requests[0].headers.get("authorization"), "Bearer sk-ant-test");
  },
);

aiTest(
  "a schema strict mode rejects is sent as a plain JSON schema and still validated",
  async (s) => {
    const Tagline = z.object({ text: z.string().min(3), tone: z.string().optional() });
    s.openai.answer = { text: "Baked at dawn" };
    const result = await s.client.generateObject({
      schema: Tagline,
      schemaName: "tagline",
      system: "You write taglines.",
      prompt: "One tagline for a bakery.",
      offline: () => ({ text: "Fresh bread" }),
    });

    assert.equal(result.provider, "openai");
    assert.deepEqual(result.value, { text: "Baked at dawn" });
    const body = s.openai.requests[0].body as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
    assert.ok(body.response_format?.type === "json_schema");
    assert.equal(body.response_format.json_schema.strict, false);
    assert.deepEqual(body.response_format.json_schema.schema, jsonSchemaOf(Tagline));
  },
);

aiTest(
  "a 429 whose Retry-After fits the deadline is waited out on the same provider",
  async (s) => {
    s.openai.chat.push(openAiErrors.rateLimited(1));
    const started = performance.now();
    const result = await s.client.generateObject(namesRequest());
    const elapsed = performance.now() - started;

    assert.equal(result.provider, "openai");
    assert.deepEqual(outcomes(result.attempts), ["openai:rate_limited", "openai:ok"]);
    assert.equal(result.attempts[0].status, 429);
    assert.ok(elapsed >= 1_000, `waited the 1 s asked for (${elapsed} ms)`);
    assert.ok(elapsed < 2_500, `and not much longer (${elapsed} ms)`);
    assert.equal(s.anthropic.count(), 0);
  },
);

aiTest("a 429 whose Retry-After overruns the deadline moves on at once", async (s) => {
  s.openai.chat.push(openAiErrors.rateLimited(60));
  const started = performance.now();
  const result = await s.client.generateObject(namesRequest({ deadline: Date.now() + 10_000 }));
  const elapsed = performance.now() - started;

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(outcomes(result.attempts), ["openai:rate_limited", "anthropic:ok"]);
  assert.ok(elapsed < 1_000, `no waiting (${elapsed} ms)`);
  assert.equal(s.openai.count(CHAT_PATH), 1);
});

aiTest("a 500 is retried on the same provider, then succeeds", async (s) => {
  s.openai.chat.push(openAiErrors.server());
  const result = await s.client.generateObject(namesRequest());

  assert.deepEqual(result.value, FROM_OPENAI);
  assert.deepEqual(outcomes(result.attempts), ["openai:server_error", "openai:ok"]);
  assert.deepEqual(result.attempts[0].cost, { state: "estimated", usd: 0 });
  assert.equal(s.anthropic.count(), 0);
  assert.equal(s.health.get(OPENAI_KEY)?.status, "closed");
});

aiTest("a hung provider costs one attempt timeout, then the next provider answers", async (s) => {
  s.openai.chat.push(hang);
  const started = performance.now();
  const result = await s.client.generateObject(namesRequest());
  const elapsed = performance.now() - started;

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(outcomes(result.attempts), ["openai:timeout", "anthropic:ok"]);
  const [timedOut] = result.attempts;
  assert.deepEqual(timedOut.cost, { state: "unknown" });
  assert.equal(timedOut.tokens, null);
  assert.ok(timedOut.latencyMs >= 300 && timedOut.latencyMs < 800, `${timedOut.latencyMs} ms`);
  assert.ok(elapsed < 1_200, `${elapsed} ms in all`);
  assert.equal(s.openai.count(CHAT_PATH), 1, "a timeout is not retried");
}, { policy: { attemptTimeoutMs: { text: 300, image: 300 } } });

aiTest("a 401 skips to the next provider and keeps the provider out afterwards", async (s) => {
  s.openai.chat.push(openAiErrors.invalidKey());
  const first = await s.client.generateObject(namesRequest());
  assert.equal(first.provider, "anthropic");
  assert.deepEqual(outcomes(first.attempts), ["openai:auth", "anthropic:ok"]);
  assert.equal(first.attempts[0].status, 401);
  await settleBackground();
  const circuit = s.health.get(OPENAI_KEY)!;
  assert.equal(circuit.status, "open");
  assert.ok(circuit.openUntil! - Date.now() > DEFAULT_CIRCUIT.maxCooldownMs, "open for long");

  const second = await s.client.generateObject(namesRequest());
  assert.equal(second.provider, "anthropic");
  assert.deepEqual(outcomes(second.attempts), ["anthropic:ok"]);
  assert.deepEqual(second.skipped, [{ ...OPENAI, reason: "circuit_open" }]);
  assert.equal(s.openai.count(), 1, "the bad key was used once");
});

aiTest("malformed JSON gets one repair turn, a schema-invalid repair moves on", async (s) => {
  s.openai.chat.push(
    chatCompletion('{"names": [{"name": "Lum'),
    chatCompletion(JSON.stringify({ names: [] })),
  );
  const result = await s.client.generateObject(namesRequest());

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(result.value, FROM_ANTHROPIC);
  assert.deepEqual(outcomes(result.attempts), [
    "openai:invalid_output",
    "openai:invalid_output",
    "anthropic:ok",
  ]);
  assert.ok(result.attempts[0].tokens, "an invalid answer still used tokens");
  assert.equal(result.attempts[0].cost.state, "estimated");

  const repair = (s.openai.requests[1].body as { messages: { role: string; content: string }[] })
    .messages;
  assert.deepEqual(repair.map((m) => m.role), ["system", "user", "assistant", "user"]);
  assert.equal(repair[2].content, '{"names": [{"name": "Lum');
  assert.match(repair[3].content, /not valid JSON/);
  await settleBackground();
  assert.equal(s.health.get(OPENAI_KEY)?.consecutiveFailures, 0, "bad answers are not outages");
});

aiTest("a repair turn that fixes the answer keeps the provider", async (s) => {
  s.openai.chat.push(chatCompletion(JSON.stringify({ names: [{ name: "Lumora", style: "odd" }] })));
  const result = await s.client.generateObject(namesRequest());

  assert.equal(result.provider, "openai");
  assert.deepEqual(result.value, FROM_OPENAI);
  assert.deepEqual(outcomes(result.attempts), ["openai:invalid_output", "openai:ok"]);
  const repair = (s.openai.requests[1].body as { messages: { content: string }[] }).messages[3];
  assert.match(repair.content, /names\.0\.style/);
});

aiTest(
  "a refusal moves to the next provider without retrying or blaming the provider",
  async (s) => {
    s.openai.chat.push(chatCompletion(null, { refusal: "I can't help with that." }));
    const result = await s.client.generateObject(namesRequest());

    assert.equal(result.provider, "anthropic");
    assert.deepEqual(outcomes(result.attempts), ["openai:content_refused", "anthropic:ok"]);
    await settleBackground();
    assert.equal(s.health.get(OPENAI_KEY), undefined, "no health verdict recorded");
  },
);

aiTest("with every provider down the offline generator answers, labelled offline", async (s) => {
  s.openai.chat.push(openAiErrors.server(), openAiErrors.server(), openAiErrors.server());
  s.anthropic.messages.push(
    anthropicErrors.overloaded(),
    anthropicErrors.overloaded(),
    anthropicErrors.overloaded(),
  );
  const result = await s.client.generateObject(namesRequest({ generationId: "gen-offline" }));

  assert.deepEqual(result.value, FROM_OFFLINE);
  assert.equal(result.provider, "offline");
  assert.equal(result.model, "offline");
  assert.deepEqual(outcomes(result.attempts), [
    ...Array(3).fill("openai:server_error"),
    ...Array(3).fill("anthropic:server_error"),
    "offline:ok",
  ]);
  assert.equal(result.attempts[3].status, 529);
  assert.equal(s.openai.count(), 3, "two retries per provider");
  assert.equal(s.anthropic.count(), 3);
  assert.ok(s.attempts.every((a) => a.generationId === "gen-offline"));
  await settleBackground();
  assert.equal(s.health.get(OPENAI_KEY)?.status, "open", "three failures in a row open it");
  assert.equal(s.health.get(ANTHROPIC_KEY)?.status, "open");
});

aiTest("with no time left the offline generator answers without calling anyone", async (s) => {
  const result = await s.client.generateObject(namesRequest({ deadline: Date.now() + 500 }));
  assert.equal(result.provider, "offline");
  assert.deepEqual(outcomes(result.attempts), ["offline:ok"]);
  assert.equal(s.openai.count() + s.anthropic.count(), 0);
});

aiTest("an open circuit skips its provider without sending it anything", async (s) => {
  const now = Date.now();
  s.health.set(OPENAI_KEY, openCircuit(now, now - 1_000));
  const result = await s.client.generateObject(namesRequest());

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(outcomes(result.attempts), ["anthropic:ok"]);
  assert.deepEqual(result.skipped, [{ ...OPENAI, reason: "circuit_open" }]);
  assert.equal(s.openai.count(), 0);
});

aiTest("with every circuit open the least recently failed provider is tried", async (s) => {
  const now = Date.now();
  s.health.set(OPENAI_KEY, openCircuit(now, now - 1_000));
  s.health.set(ANTHROPIC_KEY, openCircuit(now, now - 20_000));
  const result = await s.client.generateObject(namesRequest());

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(result.skipped, [{ ...OPENAI, reason: "circuit_open" }]);
  assert.equal(s.openai.count(), 0);
  assert.equal(s.anthropic.count(), 1);
});

aiTest(
  "after the cooldown one call probes the provider and a success closes the circuit",
  async (s) => {
    const now = Date.now();
    s.health.set(OPENAI_KEY, { ...openCircuit(now - 60_000, now - 60_000) });
    const result = await s.client.generateObject(namesRequest());

    assert.equal(result.provider, "openai");
    assert.equal(result.attempts[0].probe, true);
    await settleBackground();
    assert.equal(s.health.get(OPENAI_KEY)?.status, "closed");
  },
);

aiTest("a failed probe is not retried and reopens the circuit for longer", async (s) => {
  const now = Date.now();
  s.health.set(OPENAI_KEY, openCircuit(now - 60_000, now - 60_000));
  s.openai.chat.push(openAiErrors.server());
  const result = await s.client.generateObject(namesRequest());

  assert.equal(result.provider, "anthropic");
  assert.deepEqual(outcomes(result.attempts), ["openai:server_error", "anthropic:ok"]);
  await settleBackground();
  const circuit = s.health.get(OPENAI_KEY)!;
  assert.equal(circuit.status, "open");
  assert.equal(circuit.cooldownMs, 2 * DEFAULT_CIRCUIT.baseCooldownMs);
});

aiTest(
  "a failing health store is logged, never fails the call",
  async (s) => {
    const result = await s.client.generateObject(namesRequest());
    await settleBackground();

    assert.equal(result.provider, "openai");
    assert.ok(
      s.logs.lines.some((l) => l.msg === "provider health write failed" && l.level === "error"),
    );
  },
  {
    health: (memory) => ({
      read: (keys) => memory.read(keys),
      claimProbe: (key, lease) => memory.claimProbe(key, lease),
      record: () => Promise.reject(new Error("connection to the database lost")),
    }),
  },
);

aiTest("an unreadable health store counts every circuit as closed", async (s) => {
  const result = await s.client.generateObject(namesRequest());
  assert.equal(result.provider, "openai");
  assert.ok(
    s.logs.lines.some((l) => l.msg === "provider health read failed; trying every provider"),
  );
}, {
  health: (memory) => ({
    read: () => Promise.reject(new Error("timeout")),
    claimProbe: (key, lease) => memory.claimProbe(key, lease),
    record: (key, outcome) => memory.record(key, outcome),
  }),
});

aiTest("canceling the call aborts the provider request and skips the fallbacks", async (s) => {
  s.openai.chat.push(hang);
  const canceled = new AbortController();
  setTimeout(() => canceled.abort(new Error("generation canceled")), 100);
  await assert.rejects(
    s.client.generateObject(namesRequest({ signal: canceled.signal })),
    /generation canceled/,
  );
  assert.equal(s.anthropic.count(), 0);
  assert.equal(s.attempts.length, 0, "a canceled attempt is no provider's failure");
});

aiTest("fal makes SVG logos through the queue and reports each request id", async (s) => {
  const submitted: SubmittedJob[] = [];
  const result = await s.client.generateImages({
    prompt: "A bakery logo: a croissant as a crescent moon",
    style: "flat, two colors",
    width: 1024,
    height: 1024,
    format: "svg",
    count: 2,
    onSubmitted: (job) => {
      submitted.push(job);
    },
    offline: () => [],
  });

  assert.equal(result.provider, "fal");
  assert.equal(result.images.length, 2);
  for (const image of result.images) {
    assert.equal(image.format, "svg");
    assert.equal(image.mimeType, "image/svg+xml");
    assert.equal(image.source, "url");
    assert.ok(image.source === "url" && image.url.startsWith(s.fal.url));
  }
  assert.deepEqual(
    submitted.map((job) => job.requestId).sort(),
    [...s.fal.jobs.keys()].sort(),
  );
  assert.deepEqual(submitted.map((job) => job.index).sort(), [0, 1]);
  const [job] = s.fal.jobs.values();
  assert.equal(job.input.style, "vector_illustration");
  assert.deepEqual(job.input.image_size, { width: 1024, height: 1024 });
  assert.match(String(job.input.prompt), /croissant.*Style: flat, two colors/);
  assert.equal(s.fal.requests[0].headers.get("authorization"), "Key fal-test");
  assert.equal(s.fal.count(/\/status$/), 4, "each job polled until COMPLETED");
  // Recraft bills vector images double: 2 × $0.08.
  assert.deepEqual(result.attempts[0].cost, { state: "estimated", usd: 0.16 });
});

aiTest("a resumed fal request is fetched, not submitted and paid for again", async (s) => {
  const requestId = crypto.randomUUID();
  s.fal.jobs.set(requestId, {
    id: requestId,
    app: RECRAFT.model,
    input: { style: "vector_illustration" },
    polls: 5,
  });
  const submitted: SubmittedJob[] = [];
  const result = await s.client.generateImages({
    prompt: "A bakery logo",
    width: 1024,
    height: 1024,
    format: "svg",
    count: 1,
    resume: [{ ...RECRAFT, requestId, index: 0 }],
    onSubmitted: (job) => {
      submitted.push(job);
    },
    offline: () => [],
  });

  assert.equal(result.provider, "fal");
  assert.ok(result.images[0].source === "url" && result.images[0].url.includes(requestId));
  assert.equal(s.fal.requests.filter((r) => r.method === "POST").length, 0);
  assert.deepEqual(submitted, []);
});

aiTest("a resumed fal request that fal no longer knows is submitted anew", async (s) => {
  const submitted: SubmittedJob[] = [];
  const result = await s.client.generateImages({
    prompt: "A bakery logo",
    width: 1024,
    height: 1024,
    format: "svg",
    count: 1,
    resume: [{ ...RECRAFT, requestId: "expired-request", index: 0 }],
    onSubmitted: (job) => {
      submitted.push(job);
    },
    offline: () => [],
  });

  assert.equal(result.provider, "fal");
  assert.equal(s.fal.requests.filter((r) => r.method === "POST").length, 1);
  assert.equal(submitted.length, 1);
});

aiTest("a retry after a failed status poll resumes the job it already paid for", async (s) => {
  s.fal.status.push(falErrors.server());
  const submitted: SubmittedJob[] = [];
  const result = await s.client.generateImages({
    prompt: "A bakery logo",
    width: 1024,
    height: 1024,
    format: "svg",
    count: 1,
    onSubmitted: (job) => {
      submitted.push(job);
    },
    offline: () => [],
  });

  assert.equal(result.provider, "fal");
  assert.deepEqual(outcomes(result.attempts), ["fal:server_error", "fal:ok"]);
  assert.equal(s.fal.requests.filter((r) => r.method === "POST").length, 1, "submitted once");
  assert.deepEqual(submitted.map((job) => job.index), [0]);
});

aiTest("when fal is down OpenAI images answer with PNG bytes", async (s) => {
  s.fal.submit.push(falErrors.server(), falErrors.server(), falErrors.server());
  const result = await s.client.generateImages({
    prompt: "A bakery logo",
    width: 1024,
    height: 1024,
    format: "svg",
    count: 1,
    offline: () => [],
  });

  assert.equal(result.provider, "openai");
  assert.equal(result.model, "gpt-image-1-mini");
  assert.deepEqual(outcomes(result.attempts), [
    ...Array(3).fill("fal:server_error"),
    "openai:ok",
  ]);
  assert.equal(s.fal.count(), 3, "fal's own retries are off: only the client retried");
  const [image] = result.images;
  assert.equal(image.format, "png");
  assert.ok(image.source === "bytes");
  assert.deepEqual([...image.bytes.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG signature");
  const body = s.openai.requests[0].body as Record<string, unknown>;
  assert.equal(s.openai.requests[0].path, IMAGES_PATH);
  assert.equal(body.size, "1024x1024");
  assert.equal(body.n, 1);
});

aiTest("a fal content-policy refusal goes straight to the next provider", async (s) => {
  s.fal.submit.push(falErrors.contentPolicy());
  const result = await s.client.generateImages({
    prompt: "A bakery logo",
    width: 1536,
    height: 1024,
    format: "png",
    count: 1,
    offline: () => [],
  });

  assert.equal(result.provider, "openai");
  assert.deepEqual(outcomes(result.attempts), ["fal:content_refused", "openai:ok"]);
  assert.equal((s.openai.requests[0].body as { size: string }).size, "1536x1024");
});

test("from the environment: base URLs reach the fakes, providers without a key are left out", async () => {
  const openai = startOpenAiFake(FROM_OPENAI);
  const anthropic = startAnthropicFake(FROM_ANTHROPIC);
  try {
    const logs = captureLogs();
    const env = {
      AI_TEXT_CHAIN: "anthropic:claude-haiku-4-5,openai:gpt-4.1-mini",
      ANTHROPIC_BASE_URL: anthropic.url,
      OPENAI_API_KEY: "sk-env",
      OPENAI_BASE_URL: openai.baseURL,
    };
    const client = aiClientFromEnv(env, {
      health: new MemoryHealthStore(),
      attempts: { record() {} },
      log: logs,
    });
    const result = await client.generateObject(namesRequest());

    assert.equal(result.provider, "openai");
    assert.equal(anthropic.count(MESSAGES_PATH), 0, "no key, no request");
    assert.equal(openai.requests[0].headers.get("authorization"), "Bearer sk-env");
    assert.ok(logs.lines.some((l) => l.provider === "anthropic" && l.model === "claude-haiku-4-5"));

    const offline = aiClientFromEnv({}, {
      health: new MemoryHealthStore(),
      attempts: { record() {} },
      log: logs,
    });
    const images = await offline.generateImages({
      prompt: "A bakery logo",
      width: 512,
      height: 512,
      format: "svg",
      count: 1,
      offline: () => [{
        source: "bytes",
        bytes: new TextEncoder().encode("<svg/>"),
        format: "svg",
        mimeType: "image/svg+xml",
        width: 512,
        height: 512,
      }],
    });
    assert.equal(images.provider, "offline");
    assert.equal(images.images.length, 1);
  } finally {
    await Promise.all([openai.close(), anthropic.close()]);
  }
});
