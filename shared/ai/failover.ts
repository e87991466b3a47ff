/**
 * The one retry loop: walks a provider chain under the failover policy, records every
 * attempt and each provider's health, and falls back to the caller's offline generator.
 */
import { describeError, type Logger } from "../log.ts";
import { raceAbort, sleep } from "../abort.ts";
import { classifyError } from "./classify.ts";
import { ProviderError } from "./errors.ts";
import {
  attemptBudgetMs,
  circuitKey,
  type FailoverPolicy,
  healthOutcomeFor,
  nextStep,
  planChain,
} from "./policy.ts";
import { attemptCost, type BilledUsage } from "./pricing.ts";
import type {
  Attempt,
  AttemptOutcome,
  AttemptSink,
  Capability,
  HealthStore,
  Provenance,
  ProviderName,
  SkippedProvider,
} from "./types.ts";

export interface FailoverDeps {
  health: HealthStore;
  sink: AttemptSink;
  log: Logger;
  policy: FailoverPolicy;
  now: () => number;
  random: () => number;
  /** Runs a write off the hot path: its failure is logged, never thrown. */
  background: (what: string, write: Promise<unknown>) => void;
}

interface ProviderRef {
  readonly provider: ProviderName;
  readonly model: string;
}

export interface FailoverCall<P extends ProviderRef, T> {
  capability: Capability;
  providers: readonly P[];
  deadline: number;
  signal?: AbortSignal;
  generationId?: string;
  /** One attempt. On a repair attempt `repairOf` is the invalid_output failure to repair. */
  attempt(
    provider: P,
    repairOf: ProviderError | undefined,
    signal: AbortSignal,
  ): Promise<{ value: T; usage: BilledUsage; requestId?: string }>;
  offline(): Promise<T>;
}

export interface FailoverResult<T> extends Provenance {
  value: T;
}

type ProviderRun<T> = { kind: "done"; value: T } | { kind: "failed" } | { kind: "out_of_time" };

export async function runWithFailover<P extends ProviderRef, T>(
  deps: FailoverDeps,
  call: FailoverCall<P, T>,
): Promise<FailoverResult<T>> {
  const attempts: Attempt[] = [];
  const skipped: SkippedProvider[] = [];
  const keyOf = (p: P) => circuitKey(p.provider, p.model);
  const states = await readHealth(deps, call.providers.map(keyOf));
  const plan = planChain(call.providers, keyOf, states, deps.now());
  const skip = (p: P, reason: SkippedProvider["reason"]) =>
    skipped.push({ provider: p.provider, model: p.model, reason });
  const succeed = (p: P, value: T) => ({
    value,
    provider: p.provider,
    model: p.model,
    attempts,
    skipped,
  });

  for (const { entry } of plan.skipped) skip(entry, "circuit_open");
  let outOfTime = false;
  for (const { entry, key, mode } of plan.order) {
    if (mode === "probe" && !(await claimProbe(deps, key, call.capability))) {
      skip(entry, "probe_taken");
      continue;
    }
    const run = await tryProvider(deps, call, entry, mode === "probe", attempts);
    if (run.kind === "done") return succeed(entry, run.value);
    if (run.kind === "out_of_time") {
      outOfTime = true;
      break;
    }
  }

  const lastResort = plan.lastResort?.entry;
  if (lastResort && attempts.length === 0 && !outOfTime) {
    deps.log.log("warn", "every provider circuit is open: trying the least recently failed", {
      provider: lastResort.provider,
      model: lastResort.model,
    });
    const index = skipped.findIndex((s) =>
      s.provider === lastResort.provider &&
      s.model === lastResort.model
    );
    if (index !== -1) skipped.splice(index, 1);
    const run = await tryProvider(deps, call, lastResort, false, attempts);
    if (run.kind === "done") return succeed(lastResort, run.value);
  }
  return await runOffline(deps, call, attempts, skipped);
}

/** What an attempt's error means for the policy; a bug in a provider adapter is logged. */
function failureOf(deps: FailoverDeps, provider: ProviderRef, err: unknown, budgetMs: number) {
  const failure = err instanceof AttemptTimeout
    ? new ProviderError("timeout", `${provider.provider}: no answer within ${budgetMs} ms`)
    : classifyError(provider.provider, err, deps.now());
  if (failure.kind === "unexpected") {
    deps.log.log("error", "ai provider threw unexpectedly", {
      provider: provider.provider,
      ...describeError(err),
    });
  }
  return failure;
}

async function tryProvider<P extends ProviderRef, T>(
  deps: FailoverDeps,
  call: FailoverCall<P, T>,
  provider: P,
  probe: boolean,
  attempts: Attempt[],
): Promise<ProviderRun<T>> {
  let retriesUsed = 0;
  let repairsUsed = 0;
  let repairOf: ProviderError | undefined;
  while (true) {
    const startedAt = deps.now();
    const budgetMs = attemptBudgetMs(call.capability, startedAt, call.deadline, deps.policy);
    if (budgetMs === 0) return { kind: "out_of_time" };
    try {
      const { value, usage, requestId } = await withTimeout(
        budgetMs,
        call.signal,
        (signal) => call.attempt(provider, repairOf, signal),
      );
      const ok = { provider, startedAt, probe, outcome: "ok", usage, requestId } as const;
      finishAttempt(deps, call, attempts, ok);
      return { kind: "done", value };
    } catch (err) {
      // A canceled call ends here: no fallback, and no verdict on the provider.
      if (call.signal?.aborted) throw call.signal.reason;
      const failure = failureOf(deps, provider, err, budgetMs);
      finishAttempt(deps, call, attempts, {
        provider,
        startedAt,
        probe,
        outcome: failure.kind,
        failure,
        usage: { tokens: failure.tokens ?? null },
      });
      const step = nextStep(failure, {
        retriesUsed,
        repairsUsed,
        now: deps.now(),
        deadline: call.deadline,
        random: deps.random(),
      }, deps.policy);
      // A failed probe has just reopened the circuit: retrying it would defeat the breaker.
      if (step.action === "next_provider" || (probe && step.action === "retry")) {
        return { kind: "failed" };
      }
      if (step.action === "repair") {
        repairsUsed++;
        repairOf = failure;
        continue;
      }
      retriesUsed++;
      repairOf = undefined;
      await sleep(step.delayMs, call.signal);
    }
  }
}

class AttemptTimeout extends Error {
  override name = "AttemptTimeout";
}

/** Runs one attempt under its own timeout, also aborted when the whole call is. */
async function withTimeout<R>(
  ms: number,
  caller: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const timeout = AbortSignal.timeout(ms);
  const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
  try {
    return await raceAbort(work(signal), signal);
  } catch (err) {
    if (timeout.aborted && !caller?.aborted) throw new AttemptTimeout(`after ${ms} ms`);
    throw err;
  }
}

interface Finished<P> {
  provider: P;
  startedAt: number;
  probe: boolean;
  outcome: AttemptOutcome;
  usage: BilledUsage;
  requestId?: string;
  failure?: ProviderError;
}

function finishAttempt<P extends ProviderRef, T>(
  deps: FailoverDeps,
  call: FailoverCall<P, T>,
  attempts: Attempt[],
  done: Finished<P>,
): void {
  const { provider, model } = done.provider;
  const attempt: Attempt = {
    provider,
    model,
    capability: call.capability,
    outcome: done.outcome,
    latencyMs: deps.now() - done.startedAt,
    tokens: done.usage.tokens,
    cost: attemptCost(provider, model, done.outcome, done.usage),
    startedAt: new Date(done.startedAt).toISOString(),
  };
  const { failure } = done;
  if (failure?.status !== undefined) attempt.status = failure.status;
  if (failure) attempt.message = failure.message;
  const requestId = done.requestId ?? failure?.requestId;
  if (requestId) attempt.requestId = requestId;
  if (done.probe) attempt.probe = true;
  if (call.generationId) attempt.generationId = call.generationId;
  record(deps, attempts, attempt);

  if (failure) {
    deps.log.log("warn", "ai attempt failed", {
      provider,
      model,
      outcome: failure.kind,
      status: failure.status,
      latency_ms: attempt.latencyMs,
      message: failure.message,
    });
  }
  const health = healthOutcomeFor(done.outcome, failure?.retryAfterMs);
  if (health) {
    deps.background(
      "provider health write",
      deps.health.record(circuitKey(provider, model), health),
    );
  }
}

function record(deps: FailoverDeps, attempts: Attempt[], attempt: Attempt): void {
  attempts.push(attempt);
  try {
    deps.sink.record(attempt);
  } catch (err) {
    deps.log.log("error", "ai attempt sink failed", describeError(err));
  }
}

async function runOffline<P extends ProviderRef, T>(
  deps: FailoverDeps,
  call: FailoverCall<P, T>,
  attempts: Attempt[],
  skipped: SkippedProvider[],
): Promise<FailoverResult<T>> {
  call.signal?.throwIfAborted();
  const startedAt = deps.now();
  const value = await call.offline();
  const attempt: Attempt = {
    provider: "offline",
    model: "offline",
    capability: call.capability,
    outcome: "ok",
    latencyMs: deps.now() - startedAt,
    tokens: null,
    cost: { state: "estimated", usd: 0 },
    startedAt: new Date(startedAt).toISOString(),
  };
  if (call.generationId) attempt.generationId = call.generationId;
  deps.log.log("info", "ai fell back to the offline generator", {
    capability: call.capability,
    failed_attempts: attempts.length,
  });
  record(deps, attempts, attempt);
  return { value, provider: "offline", model: "offline", attempts, skipped };
}

/** A health store that cannot be read must not stop generation: every circuit counts as closed. */
async function readHealth(deps: FailoverDeps, keys: string[]) {
  try {
    return await deps.health.read(keys);
  } catch (err) {
    deps.log.log("warn", "provider health read failed; trying every provider", describeError(err));
    return new Map();
  }
}

async function claimProbe(deps: FailoverDeps, key: string, capability: Capability) {
  try {
    // The lease covers one attempt: a probe is never retried.
    return await deps.health.claimProbe(key, deps.policy.attemptTimeoutMs[capability]);
  } catch (err) {
    deps.log.log("warn", "provider probe claim failed; skipping the provider", describeError(err));
    return false;
  }
}
