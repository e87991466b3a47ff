/** Limits how much work runs at once (RDAP lookups, database transactions). */
export function assertLimit(max: number): void {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("a limit must be an integer >= 1");
}

/** A first-come-first-served counting semaphore whose waiters can give up (on abort). */
export class Semaphore {
  #active = 0;
  readonly #waiters: Array<() => void> = [];

  constructor(readonly max: number) {
    assertLimit(max);
  }

  /** Work running now. */
  get active(): number {
    return this.#active;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Runs `fn` once a slot is free; rejects with the signal's reason if it aborts first. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  /** Takes a slot, waiting for one; give it back with release(). Prefer run() where it fits. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#active < this.max) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#waiters.splice(this.#waiters.indexOf(grant), 1);
        reject(signal!.reason);
      };
      // A released slot passes straight to the next waiter: `active` stays the same.
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      this.#waiters.push(grant);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Gives a slot taken with acquire() to the next waiter. */
  release(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#active--;
  }
}
