import type { AuthUser } from "../auth/verify.ts";
import type { Deps } from "../deps.ts";
import { describeError } from "../log.ts";
import {
  type GenerationContext,
  GenerationFailure,
  type GenerationHandler,
} from "../runtime/job.ts";
import { runChild } from "./children.ts";
import type { GenerationErrorBody, GenerationRecord, Progress } from "./envelope.ts";
import {
  claimGeneration,
  failGeneration,
  finishGeneration,
  heartbeatGeneration,
  readCheckpoint,
  saveCheckpoint,
} from "./lifecycle.ts";

/** How a run ended: its output, a failure (stored and refunded), or stopped by someone else. */
export type RunOutcome<O> =
  | { status: "succeeded"; output: O }
  | { status: "failed" }
  | { status: "stopped" };

function errorBody(err: unknown): GenerationErrorBody {
  if (err instanceof GenerationFailure) return { code: err.code, message: err.message };
  return { code: "generation_failed", message: "the generation failed; its units were refunded" };
}

/** Heartbeats that run one after another, each carrying the newest progress. */
function heartbeats(deps: Deps, id: string, token: string, stop: AbortController) {
  const leaseMs = deps.config.GENERATION_LEASE_MS;
  let latest: Progress | null = null;
  // A slow timer beat can never overwrite a later one: beats are chained.
  let beats = Promise.resolve();
  const beat = () => {
    const next = beats.then(async () => {
      const alive = await heartbeatGeneration(
        deps.database.db,
        id,
        token,
        leaseMs,
        latest,
        deps.now(),
      );
      if (!alive) stop.abort(new Error("the generation was canceled or its lease was lost"));
    });
    // One failed beat must not block the ones after it.
    beats = next.catch(() => {});
    return next;
  };
  const timer = setInterval(() => {
    beat().catch((err) =>
      deps.log.log("warn", "heartbeat failed", { generation_id: id, ...describeError(err) })
    );
  }, Math.max(250, Math.floor(leaseMs / 3)));
  return {
    progress: (p: Progress) => {
      latest = p;
      return beat();
    },
    settled: () => beats,
    stop: () => clearInterval(timer),
  };
}

/**
 * Runs a started generation to the end under a lease: claim, heartbeat (which also carries
 * progress), then finish (commit units) or fail (refund). A generation someone else holds,
 * or that is already finished or canceled, is left alone ("stopped").
 */
export async function executeGeneration<I, O>(
  deps: Deps,
  record: GenerationRecord,
  user: AuthUser,
  handler: GenerationHandler<I, O, Deps>,
  options: { parent?: AbortSignal; checkpoint?: unknown } = {},
): Promise<RunOutcome<O>> {
  const db = deps.database.db;
  const token = await claimGeneration(db, record.id, deps.config.GENERATION_LEASE_MS, deps.now());
  if (!token) return { status: "stopped" };
  // A generation picked up again may have saved more since `record` was read.
  const checkpoint = options.checkpoint ??
    (record.status === "running" ? await readCheckpoint(db, record.id) : record.checkpoint) ?? null;
  const stop = new AbortController();
  // A package's stage stops with its package.
  options.parent?.addEventListener("abort", () => stop.abort(options.parent!.reason), {
    once: true,
  });
  const beats = heartbeats(deps, record.id, token, stop);
  const ctx: GenerationContext<I, Deps> = {
    id: record.id,
    input: record.input as I,
    user,
    deps,
    signal: stop.signal,
    progress: (stage, completed, total) => beats.progress({ stage, completed, total }),
    checkpoint,
    saveCheckpoint: async (value) => {
      if (!await saveCheckpoint(db, record.id, token, value)) {
        stop.abort(new Error("the generation was canceled or its lease was lost"));
      }
    },
    runChild: (request) => runChild(deps, ctx, request),
  };
  try {
    const output = await handler(ctx);
    await beats.settled();
    if (stop.signal.aborted) return { status: "stopped" };
    // Attempts first: whoever sees the generation finished also sees what it cost.
    await deps.attempts.drain();
    const finished = await finishGeneration(db, record.id, token, output, deps.now());
    return finished ? { status: "succeeded", output } : { status: "stopped" };
  } catch (err) {
    if (stop.signal.aborted) return { status: "stopped" };
    deps.log.log("warn", "generation failed", {
      generation_id: record.id,
      kind: record.kind,
      ...describeError(err),
    });
    await failGeneration(db, record.id, token, errorBody(err), deps.now());
    return { status: "failed" };
  } finally {
    beats.stop();
  }
}
