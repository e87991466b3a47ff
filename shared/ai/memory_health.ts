import {
  type CircuitConfig,
  type CircuitState,
  claimProbe,
  closedCircuit,
  DEFAULT_CIRCUIT,
  type HealthOutcome,
  recordOutcome,
} from "./circuit.ts";
import type { HealthStore } from "./types.ts";

/** The HealthStore for tests, benchmarks and single-process use: circuits in a Map. */
export class MemoryHealthStore implements HealthStore {
  readonly #states = new Map<string, CircuitState>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly config: CircuitConfig = DEFAULT_CIRCUIT,
  ) {}

  read(keys: readonly string[]): Promise<Map<string, CircuitState>> {
    const found = new Map<string, CircuitState>();
    for (const key of keys) {
      const state = this.#states.get(key);
      if (state) found.set(key, state);
    }
    return Promise.resolve(found);
  }

  record(key: string, outcome: HealthOutcome): Promise<void> {
    const now = this.now();
    const state = this.#states.get(key) ?? closedCircuit(now, this.config);
    this.#states.set(key, recordOutcome(state, outcome, now, this.config));
    return Promise.resolve();
  }

  claimProbe(key: string, leaseMs: number): Promise<boolean> {
    const state = this.#states.get(key);
    const claimed = state && claimProbe(state, this.now(), leaseMs);
    if (claimed) this.#states.set(key, claimed);
    return Promise.resolve(claimed !== undefined);
  }

  get(key: string): CircuitState | undefined {
    return this.#states.get(key);
  }

  set(key: string, state: CircuitState): void {
    this.#states.set(key, state);
  }
}
