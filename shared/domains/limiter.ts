import { assertLimit, Semaphore } from "../semaphore.ts";

/** One semaphore per key (an RDAP host); idle keys are dropped so the map stays small. */
export class KeyedLimiter {
  readonly #semaphores = new Map<string, Semaphore>();

  constructor(readonly maxPerKey: number) {
    assertLimit(maxPerKey);
  }

  async run<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let semaphore = this.#semaphores.get(key);
    if (!semaphore) this.#semaphores.set(key, semaphore = new Semaphore(this.maxPerKey));
    try {
      return await semaphore.run(fn, signal);
    } finally {
      if (semaphore.active === 0 && semaphore.waiting === 0) this.#semaphores.delete(key);
    }
  }
}
