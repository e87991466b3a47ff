/**
 * The failover policy as pure functions: what to do after a failed attempt, how long an
 * attempt may take, and which providers of a chain to try. The client owns the only retry
 * loop; the SDKs' own retries are off.
 */
import { type CircuitState, decide, type HealthOutcome } from "./circuit.ts";
import type { Capability, FailureKind } from "./types.ts";

export interface FailoverPolicy {
  /** Retries of one provider on transient failures before moving to the next. */
  maxRetriesPerProvider: number;
  /** Backoff before retry n (0-based): base·2^n capped at max, with jitter. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Repair turns (validation errors sent back) before moving to the next provider. */
  maxRepairs: number;
  /** Per-attempt timeout: a hung provider costs at most this. */
  attemptTimeoutMs: Record<Capability, number>;
  /** No attempt starts with less time than this before the deadline. */
  minAttemptMs: number;
  /**
   * Default overall budget per call. The free plan kills an edge function at 150 s of wall
   * clock; 120 s leaves room to store the result and answer.
   */
  defaultBudgetMs: number;
}

export const DEFAULT_POLICY: FailoverPolicy = {
  maxRetriesPerProvider: 2,
  baseBackoffMs: 500,
  maxBackoffMs: 8_000,
  maxRepairs: 1,
  attemptTimeoutMs: { text: 30_000, image: 60_000 },
  minAttemptMs: 1_000,
  defaultBudgetMs: 120_000,
};

const RETRYABLE: ReadonlySet<FailureKind> = new Set([
  "rate_limited",
  "server_error",
  "transient",
  "connection_error",
]);

export type NextStep =
  | { action: "retry"; delayMs: number }
  | { action: "repair" }
  | { action: "next_provider" };

export interface StepContext {
  retriesUsed: number;
  repairsUsed: number;
  now: number;
  deadline: number;
  /** A uniform random number in [0, 1) for the jitter. */
  random: number;
}

/**
 * "Equal jitter": half the exponential delay is fixed, half random, so retries spread out
 * without ever collapsing to an immediate hammering retry.
 */
export function backoffMs(retryIndex: number, random: number, policy = DEFAULT_POLICY): number {
  const ceiling = Math.min(policy.baseBackoffMs * 2 ** retryIndex, policy.maxBackoffMs);
  return ceiling / 2 + random * (ceiling / 2);
}

export function nextStep(
  failure: { kind: FailureKind; retryAfterMs?: number },
  ctx: StepContext,
  policy = DEFAULT_POLICY,
): NextStep {
  if (failure.kind === "invalid_output") {
    return ctx.repairsUsed < policy.maxRepairs ? { action: "repair" } : { action: "next_provider" };
  }
  if (!RETRYABLE.has(failure.kind) || ctx.retriesUsed >= policy.maxRetriesPerProvider) {
    return { action: "next_provider" };
  }
  // Retry-After is honoured exactly, but only when waiting still leaves time for an attempt;
  // otherwise another provider is the faster way to an answer.
  const delayMs = failure.retryAfterMs ?? backoffMs(ctx.retriesUsed, ctx.random, policy);
  const fits = ctx.now + delayMs + policy.minAttemptMs <= ctx.deadline;
  return fits ? { action: "retry", delayMs } : { action: "next_provider" };
}

/** How long the next attempt may run: 0 when there is no time left for one. */
export function attemptBudgetMs(
  capability: Capability,
  now: number,
  deadline: number,
  policy = DEFAULT_POLICY,
): number {
  const remaining = deadline - now;
  if (remaining < policy.minAttemptMs) return 0;
  return Math.min(policy.attemptTimeoutMs[capability], remaining);
}

/**
 * What an attempt's outcome means for the provider's circuit; null leaves it untouched.
 * A refusal is a verdict on the prompt, not the provider. An answer that fails the schema
 * still proves the provider is up, so it counts as a success.
 */
export function healthOutcomeFor(
  outcome: "ok" | FailureKind,
  retryAfterMs?: number,
): HealthOutcome | null {
  switch (outcome) {
    case "ok":
    case "invalid_output":
      return { type: "success" };
    case "content_refused":
      return null;
    case "auth":
    case "not_found":
      return { type: "fatal" };
    case "rate_limited":
      return { type: "failure", retryAfterMs };
    default:
      return { type: "failure" };
  }
}

export interface PlannedProvider<E> {
  entry: E;
  key: string;
  /** "probe": the circuit is open past its cooldown; the probe must be claimed first. */
  mode: "closed" | "probe";
}

export interface ChainPlan<E> {
  order: PlannedProvider<E>[];
  /** Circuit-open providers, skipped without a request. */
  skipped: { entry: E; key: string }[];
  /**
   * Set when no circuit in the chain is closed: the provider that failed least recently.
   * If no probe can be claimed either, it is tried anyway: a stale circuit is a better bet
   * than giving up on every provider.
   */
  lastResort?: { entry: E; key: string };
}

export function planChain<E>(
  entries: readonly E[],
  keyOf: (entry: E) => string,
  states: ReadonlyMap<string, CircuitState>,
  now: number,
): ChainPlan<E> {
  const order: PlannedProvider<E>[] = [];
  const skipped: { entry: E; key: string }[] = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    const state = states.get(key);
    const decision = state ? decide(state, now) : "closed";
    if (decision === "closed") order.push({ entry, key, mode: "closed" });
    else if (decision === "half_open_available") order.push({ entry, key, mode: "probe" });
    else skipped.push({ entry, key });
  }
  const lastFailure = (key: string) => states.get(key)?.lastFailureAt ?? -Infinity;
  const notClosed = [...order, ...skipped];
  const lastResort = order.every((p) => p.mode === "probe") && notClosed.length > 0
    ? notClosed.reduce((best, p) => lastFailure(p.key) < lastFailure(best.key) ? p : best)
    : undefined;
  return { order, skipped, lastResort };
}

export const circuitKey = (provider: string, model: string) => `${provider}:${model}`;
