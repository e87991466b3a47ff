/**
 * A circuit breaker per provider+model, as pure functions over a plain state record so the
 * same logic runs in memory (tests, per-isolate cache) and backs the Postgres rows.
 * Times are milliseconds since the epoch.
 */

export interface CircuitConfig {
  /** Consecutive failures that open the circuit. */
  consecutiveFailures: number;
  /** Failure-rate window: more than `failureRatio` of at least `minCalls` calls opens it. */
  windowMs: number;
  minCalls: number;
  failureRatio: number;
  /** First cooldown; each failed half-open probe doubles it up to `maxCooldownMs`. */
  baseCooldownMs: number;
  maxCooldownMs: number;
  /** Cooldown after a bad key or unknown model: nothing will change until someone acts. */
  fatalCooldownMs: number;
}

export const DEFAULT_CIRCUIT: CircuitConfig = {
  consecutiveFailures: 3,
  windowMs: 60_000,
  minCalls: 5,
  failureRatio: 0.5,
  baseCooldownMs: 30_000,
  maxCooldownMs: 300_000,
  fatalCooldownMs: 600_000,
};

export interface CircuitState {
  status: "closed" | "open";
  consecutiveFailures: number;
  /** A fixed window (start + counts) rather than a call log: three columns in Postgres. */
  windowStart: number;
  windowCalls: number;
  windowFailures: number;
  /** While open: when the cooldown ends and a probe may be claimed. */
  openUntil: number | null;
  /** The cooldown of the current (or last) opening; the next failed probe doubles it. */
  cooldownMs: number;
  lastFailureAt: number | null;
  /** While a half-open probe is out: until when it belongs to its claimer. */
  probeLeaseUntil: number | null;
}

/**
 * What a finished call tells the circuit. `fatal` is an auth or unknown-model error;
 * `retryAfterMs` carries a 429's Retry-After so an opening lasts at least that long.
 */
export type HealthOutcome =
  | { type: "success" }
  | { type: "failure"; retryAfterMs?: number }
  | { type: "fatal" };

export type CircuitDecision = "closed" | "open" | "half_open_available";

export function closedCircuit(now: number, config: CircuitConfig = DEFAULT_CIRCUIT): CircuitState {
  return {
    status: "closed",
    consecutiveFailures: 0,
    windowStart: now,
    windowCalls: 0,
    windowFailures: 0,
    openUntil: null,
    cooldownMs: config.baseCooldownMs,
    lastFailureAt: null,
    probeLeaseUntil: null,
  };
}

/** May a caller use this provider now, and if it is open, is its one probe up for grabs? */
export function decide(state: CircuitState, now: number): CircuitDecision {
  if (state.status === "closed") return "closed";
  if (state.openUntil !== null && now < state.openUntil) return "open";
  if (state.probeLeaseUntil !== null && now < state.probeLeaseUntil) return "open";
  return "half_open_available";
}

/** Takes the half-open probe; undefined when it is not available (the caller must skip). */
export function claimProbe(
  state: CircuitState,
  now: number,
  leaseMs: number,
): CircuitState | undefined {
  if (decide(state, now) !== "half_open_available") return undefined;
  return { ...state, probeLeaseUntil: now + leaseMs };
}

export function recordOutcome(
  state: CircuitState,
  outcome: HealthOutcome,
  now: number,
  config: CircuitConfig = DEFAULT_CIRCUIT,
): CircuitState {
  if (state.status === "open") return recordWhileOpen(state, outcome, now, config);
  if (outcome.type === "fatal") return open(state, now, config.fatalCooldownMs);

  const fresh = now - state.windowStart >= config.windowMs;
  const base = fresh ? { ...state, windowStart: now, windowCalls: 0, windowFailures: 0 } : state;
  if (outcome.type === "success") {
    return { ...base, consecutiveFailures: 0, windowCalls: base.windowCalls + 1 };
  }
  const next: CircuitState = {
    ...base,
    consecutiveFailures: base.consecutiveFailures + 1,
    windowCalls: base.windowCalls + 1,
    windowFailures: base.windowFailures + 1,
    lastFailureAt: now,
  };
  const tooManyInARow = next.consecutiveFailures >= config.consecutiveFailures;
  const tooManyInWindow = next.windowCalls >= config.minCalls &&
    next.windowFailures / next.windowCalls > config.failureRatio;
  if (!tooManyInARow && !tooManyInWindow) return next;
  return open(next, now, cooldownFor(config.baseCooldownMs, outcome.retryAfterMs, config));
}

function recordWhileOpen(
  state: CircuitState,
  outcome: HealthOutcome,
  now: number,
  config: CircuitConfig,
): CircuitState {
  const coolingDown = state.openUntil !== null && now < state.openUntil;
  if (coolingDown) {
    // Stragglers that started before the circuit opened: note failures, never close early.
    if (outcome.type === "success") return state;
    if (outcome.type === "fatal") return open(state, now, config.fatalCooldownMs);
    return { ...state, lastFailureAt: now };
  }
  // Past the cooldown the outcome is the probe's verdict.
  if (outcome.type === "success") return closedCircuit(now, config);
  if (outcome.type === "fatal") return open(state, now, config.fatalCooldownMs);
  const doubled = Math.min(state.cooldownMs * 2, config.maxCooldownMs);
  return open(state, now, cooldownFor(doubled, outcome.retryAfterMs, config));
}

/** A 429 keeps the circuit open at least as long as the provider asked (within the cap). */
function cooldownFor(
  cooldownMs: number,
  retryAfterMs: number | undefined,
  config: CircuitConfig,
): number {
  return Math.min(Math.max(cooldownMs, retryAfterMs ?? 0), config.maxCooldownMs);
}

function open(state: CircuitState, now: number, cooldownMs: number): CircuitState {
  return {
    ...state,
    status: "open",
    openUntil: now + cooldownMs,
    cooldownMs,
    lastFailureAt: now,
    probeLeaseUntil: null,
  };
}
