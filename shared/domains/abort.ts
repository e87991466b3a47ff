/** Waiting helpers for a domain check: every wait gives up as soon as its signal aborts. */

/** Why a wait gave up: a per-request timeout or the check's overall deadline. */
export class TimeLimitError extends Error {
  override name = "TimeLimitError";
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Settles like `promise`, unless the signal aborts first: then rejects with its reason. */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export interface TimeLimit {
  signal: AbortSignal;
  /** Drops the timer and the link to the parent; call it when the guarded work is over. */
  clear(): void;
}

/**
 * A signal that aborts after `ms` with `reason`, or earlier with the parent's reason.
 * Owning the timer (rather than AbortSignal.timeout) lets finished work release it at once.
 */
export function timeLimit(ms: number, reason: Error, parent?: AbortSignal): TimeLimit {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent!.reason);
  const timer = setTimeout(() => controller.abort(reason), ms);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}

/** A short human reason for an aborted wait, for a verdict's detail. */
export function abortReason(signal: AbortSignal): string {
  return signal.reason instanceof TimeLimitError
    ? signal.reason.message
    : "the check was cancelled";
}
