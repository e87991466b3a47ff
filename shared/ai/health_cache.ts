import {
  type CircuitConfig,
  type CircuitState,
  closedCircuit,
  DEFAULT_CIRCUIT,
  type HealthOutcome,
  recordOutcome,
} from "./circuit.ts";
import type { HealthStore } from "./types.ts";

interface Entry {
  state: CircuitState | undefined;
  fetchedAt: number;
}

/**
 * A per-isolate cache in front of the shared HealthStore. Reads are served from memory for
 * `ttlMs`, so the hot path rarely waits on the database; this isolate's own outcomes are
 * applied to the cached circuits at once, so a provider it just saw fail is skipped by its
 * next call without waiting for the shared write or the next refresh.
 */
export class CachedHealthStore implements HealthStore {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly inner: HealthStore,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly config: CircuitConfig = DEFAULT_CIRCUIT,
  ) {}

  async read(keys: readonly string[]): Promise<Map<string, CircuitState>> {
    const now = this.now();
    const stale = keys.filter((key) => {
      const entry = this.#entries.get(key);
      return !entry || now - entry.fetchedAt >= this.ttlMs;
    });
    if (stale.length > 0) {
      const fresh = await this.inner.read(stale);
      for (const key of stale) this.#entries.set(key, { state: fresh.get(key), fetchedAt: now });
    }
    const states = new Map<string, CircuitState>();
    for (const key of keys) {
      const state = this.#entries.get(key)?.state;
      if (state) states.set(key, state);
    }
    return states;
  }

  record(key: string, outcome: HealthOutcome): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry) {
      const now = this.now();
      entry.state = recordOutcome(
        entry.state ?? closedCircuit(now, this.config),
        outcome,
        now,
        this.config,
      );
    }
    return this.inner.record(key, outcome);
  }

  async claimProbe(key: string, leaseMs: number): Promise<boolean> {
    const claimed = await this.inner.claimProbe(key, leaseMs);
    // Won or lost, the probe is taken: other calls in this isolate skip it until the lease
    // ends instead of asking the store again.
    const entry = this.#entries.get(key);
    if (entry?.state) entry.state = { ...entry.state, probeLeaseUntil: this.now() + leaseMs };
    return claimed;
  }
}
