/** Time limits of a domain check (sleep and raceAbort are in shared/abort.ts). */

/** Why a wait gave up: a per-request timeout or the check's overall deadline. */
export class TimeLimitError extends Error {
  override name = "TimeLimitError";
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
