/**
 * Work that continues after the response. On Supabase, EdgeRuntime.waitUntil keeps the
 * isolate alive until the promise settles; elsewhere (scripts/dev, tests) we hold the
 * promise ourselves so it is neither collected nor unobserved, and tests can wait for it.
 */
const pending = new Set<Promise<unknown>>();

interface EdgeRuntimeGlobal {
  waitUntil(promise: Promise<unknown>): void;
}

export function continueInBackground(work: Promise<unknown>): void {
  const runtime = (globalThis as { EdgeRuntime?: EdgeRuntimeGlobal }).EdgeRuntime;
  const tracked = work.catch(() => {}).finally(() => pending.delete(tracked));
  pending.add(tracked);
  runtime?.waitUntil(tracked);
}

/** Resolves once every background task started so far (and any they start) has settled. */
export async function settleBackground(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
