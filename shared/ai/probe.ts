import { z } from "zod";
import { type AiClientOptions } from "./client.ts";
import { attemptCost } from "./pricing.ts";
import { type Chains, chainsFromEnv } from "./chain.ts";
import { decide } from "./circuit.ts";
import { classifyError } from "./classify.ts";
import { textProviderFor } from "./from_env.ts";
import { circuitKey, healthOutcomeFor } from "./policy.ts";
import type { Attempt, AttemptOutcome, AttemptSink, HealthStore, TokenUsage } from "./types.ts";

export interface ProviderState {
  capability: "text" | "image";
  provider: string;
  model: string;
  circuit: "closed" | "open" | "half_open";
}

type Env = Record<string, string | undefined>;

/** Every configured provider (keys set) with its circuit, for readiness. No secrets. */
export async function providerStates(
  env: Env,
  health: HealthStore,
  now: number,
): Promise<ProviderState[]> {
  const chains = chainsFromEnv(env);
  const entries = [
    ...chains.text.map((e) => ({ capability: "text" as const, ...e })),
    ...chains.image.map((e) => ({ capability: "image" as const, ...e })),
  ];
  const states = await health.read(entries.map((e) => circuitKey(e.provider, e.model)));
  return entries.map(({ capability, provider, model }) => {
    const state = states.get(circuitKey(provider, model));
    const decision = state ? decide(state, now) : "closed";
    return {
      capability,
      provider,
      model,
      circuit: decision === "half_open_available" ? "half_open" : decision,
    };
  });
}

const ProbeAnswer = z.object({ ok: z.boolean() });
const PROBE_LEASE_MS = 30_000;

/**
 * cron/probe-providers: for text providers whose circuit is open and past its cooldown, claim
 * the half-open probe and send the cheapest possible request, so a recovered provider is back
 * before a user's call has to find out. Image providers are not probed (every image costs
 * money); their next real call is the probe. Each probe is an attempt like any other and goes
 * to the attempt sink (ai_attempts), with no generation.
 */
export async function probeOpenProviders(
  env: Env,
  health: HealthStore,
  now: () => number,
  deps: Pick<AiClientOptions, "log"> & { sink: AttemptSink },
): Promise<{ provider: string; model: string; ok: boolean }[]> {
  const chains = chainsFromEnv(env);
  const states = await health.read(chains.text.map((e) => circuitKey(e.provider, e.model)));
  const probed = [];
  for (const entry of chains.text) {
    const key = circuitKey(entry.provider, entry.model);
    const state = states.get(key);
    if (!state || decide(state, now()) !== "half_open_available") continue;
    if (!await health.claimProbe(key, PROBE_LEASE_MS)) continue;
    const attempt = await probeOne(entry, key, health, now, deps.log);
    deps.sink.record(attempt);
    probed.push({ provider: entry.provider, model: entry.model, ok: attempt.outcome === "ok" });
  }
  return probed;
}

/** One cheap request; its outcome goes to the circuit and comes back as an attempt. */
async function probeOne(
  entry: Chains["text"][number],
  key: string,
  health: HealthStore,
  now: () => number,
  log: AiClientOptions["log"],
): Promise<Attempt> {
  const startedAt = now();
  let outcome: AttemptOutcome = "ok";
  let tokens: TokenUsage | null = null;
  let failure: ReturnType<typeof classifyError> | undefined;
  let requestId: string | undefined;
  try {
    const answer = await textProviderFor(entry).generate({
      system: "Health check. Answer with the JSON object requested.",
      prompt: 'Return {"ok": true}.',
      schema: ProbeAnswer,
      schemaName: "probe",
      maxOutputTokens: 16,
    }, AbortSignal.timeout(15_000));
    tokens = answer.tokens;
    requestId = answer.requestId;
    await health.record(key, { type: "success" });
  } catch (err) {
    failure = classifyError(entry.provider, err, now());
    outcome = failure.kind;
    tokens = failure.tokens ?? null;
    requestId = failure.requestId;
    const healthOutcome = healthOutcomeFor(failure.kind, failure.retryAfterMs);
    if (healthOutcome) await health.record(key, healthOutcome);
    log?.log("warn", "provider probe failed", {
      provider: entry.provider,
      model: entry.model,
      kind: failure.kind,
    });
  }
  const attempt: Attempt = {
    provider: entry.provider,
    model: entry.model,
    capability: "text",
    outcome,
    latencyMs: now() - startedAt,
    tokens,
    cost: attemptCost(entry.provider, entry.model, outcome, { tokens }),
    startedAt: new Date(startedAt).toISOString(),
    probe: true,
  };
  if (failure?.status !== undefined) attempt.status = failure.status;
  if (failure) attempt.message = failure.message;
  if (requestId) attempt.requestId = requestId;
  return attempt;
}
