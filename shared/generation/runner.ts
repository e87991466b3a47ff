import type { AuthUser } from "../auth/verify.ts";
import type { Deps } from "../deps.ts";
import type { Ctx } from "../http/app.ts";
import { ApiError } from "../http/errors.ts";
import { currentUser } from "../http/middleware/auth.ts";
import { describeError } from "../log.ts";
import { continueInBackground } from "./background.ts";
import {
  type Envelope,
  type GenerationErrorBody,
  type GenerationKind,
  type GenerationRecord,
  type Progress,
  toEnvelope,
} from "./envelope.ts";
import {
  claimGeneration,
  failGeneration,
  finishGeneration,
  heartbeatGeneration,
  readCheckpoint,
  saveCheckpoint,
  startGeneration,
} from "./lifecycle.ts";
import { getEnvelope } from "./queries.ts";
import { requestHash } from "./request_hash.ts";

/** What a generation handler gets: its input, a progress reporter and a stop signal. */
export interface GenerationContext<I> {
  id: string;
  input: I;
  user: AuthUser;
  deps: Deps;
  /** Aborted when the generation is canceled or its lease is lost: stop and return. */
  signal: AbortSignal;
  progress(stage: string, completed: number, total: number): Promise<void>;
  /** What an earlier worker of this generation saved (null on a first run). */
  checkpoint: unknown;
  /** Saves state a later worker resumes from (e.g. provider jobs already paid for). */
  saveCheckpoint(value: unknown): Promise<void>;
}

export type GenerationHandler<I, O> = (ctx: GenerationContext<I>) => Promise<O>;

/** A failure the user may see (code and message are stored and returned as they are). */
export class GenerationFailure extends Error {
  constructor(readonly code: "provider_unavailable" | "generation_failed", message: string) {
    super(message);
    this.name = "GenerationFailure";
  }
}

function errorBody(err: unknown): GenerationErrorBody {
  if (err instanceof GenerationFailure) return { code: err.code, message: err.message };
  return { code: "generation_failed", message: "the generation failed; its units were refunded" };
}

/**
 * Runs a started generation to the end under a lease: claim, heartbeat (which also carries
 * progress), then finish (commit units) or fail (refund). A generation someone else holds,
 * or that is already finished or canceled, is left alone.
 */
export async function executeGeneration<I, O>(
  deps: Deps,
  record: GenerationRecord,
  user: AuthUser,
  handler: GenerationHandler<I, O>,
  options: { parent?: AbortSignal; checkpoint?: unknown } = {},
): Promise<void> {
  const db = deps.database.db;
  const leaseMs = deps.config.GENERATION_LEASE_MS;
  const token = await claimGeneration(db, record.id, leaseMs, deps.now());
  if (!token) return;
  // A generation picked up again may have saved more since `record` was read.
  const checkpoint = options.checkpoint ??
    (record.status === "running" ? await readCheckpoint(db, record.id) : record.checkpoint) ?? null;

  const stop = new AbortController();
  // A package's stage stops with its package.
  options.parent?.addEventListener("abort", () => stop.abort(options.parent!.reason), {
    once: true,
  });
  let latest: Progress | null = null;
  // Beats run one after another, each sending the newest progress, so a slow timer beat can
  // never overwrite a later one.
  let beats = Promise.resolve();
  const beat = () => {
    const next = beats.then(async () => {
      const alive = await heartbeatGeneration(db, record.id, token, leaseMs, latest, deps.now());
      if (!alive) stop.abort(new Error("the generation was canceled or its lease was lost"));
    });
    // One failed beat must not block the ones after it.
    beats = next.catch(() => {});
    return next;
  };
  const timer = setInterval(() => {
    beat().catch((err) =>
      deps.log.log("warn", "heartbeat failed", { generation_id: record.id, ...describeError(err) })
    );
  }, Math.max(250, Math.floor(leaseMs / 3)));

  try {
    const output = await handler({
      id: record.id,
      input: record.input as I,
      user,
      deps,
      signal: stop.signal,
      progress: async (stage, completed, total) => {
        latest = { stage, completed, total };
        await beat();
      },
      checkpoint,
      saveCheckpoint: async (value) => {
        if (!await saveCheckpoint(db, record.id, token, value)) {
          stop.abort(new Error("the generation was canceled or its lease was lost"));
        }
      },
    });
    await beats;
    if (stop.signal.aborted) return;
    // Attempts first: whoever sees the generation finished also sees what it cost.
    await deps.attempts.drain();
    await finishGeneration(db, record.id, token, output, deps.now());
  } catch (err) {
    if (stop.signal.aborted) return;
    deps.log.log("warn", "generation failed", {
      generation_id: record.id,
      kind: record.kind,
      ...describeError(err),
    });
    await failGeneration(db, record.id, token, errorBody(err), deps.now());
  } finally {
    clearInterval(timer);
  }
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function idempotencyKey(c: Ctx): string | null {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError(400, "validation_failed", "invalid Idempotency-Key header", {
      fields: { "header.idempotency-key": ["must be 1 to 255 visible ASCII characters"] },
    });
  }
  return key;
}

const prefersAsync = (c: Ctx) =>
  (c.req.header("prefer") ?? "").split(",").some((p) => p.trim().toLowerCase() === "respond-async");

const secondsUntil = (iso: string, now: Date) =>
  Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 1000));

/** The finished envelope as the caller gets it: 200, or 502 for a failed generation. */
function finishedResponse(c: Ctx, envelope: Envelope): Response {
  if (envelope.status === "failed") {
    const code = envelope.error?.code === "provider_unavailable"
      ? "provider_unavailable"
      : "generation_failed";
    throw new ApiError(502, code, envelope.error?.message ?? "the generation failed", {
      generation_id: envelope.id,
      generation: envelope,
    });
  }
  return c.json(envelope, 200);
}

function accepted(c: Ctx, envelope: Envelope): Response {
  c.header("location", `/functions/v1/generations/${envelope.id}`);
  c.header("preference-applied", "respond-async");
  return c.json(envelope, 202);
}

export interface GenerationRequest<I, O> {
  kind: GenerationKind;
  input: I;
  projectId?: string | null;
  handler: GenerationHandler<I, O>;
  /** Answer 202 whatever the client prefers. */
  alwaysAsync?: boolean;
}

/**
 * The whole lifecycle of one generate-* request: idempotency and quota (one RPC), the run
 * under a lease, and the answer — 200 with the finished envelope within SYNC_BUDGET_MS,
 * 202 + Location otherwise or when the client sent `Prefer: respond-async`.
 */
export async function runGeneration<I, O>(
  c: Ctx,
  request: GenerationRequest<I, O>,
): Promise<Response> {
  const deps = c.var.deps;
  const db = deps.database.db;
  const user = currentUser(c);
  const key = idempotencyKey(c);
  const projectId = request.projectId ?? null;
  const started = await startGeneration(db, user, {
    kind: request.kind,
    input: request.input,
    projectId,
    idempotencyKey: key,
    requestHash: requestHash({
      kind: request.kind,
      project_id: projectId,
      input: request.input,
    }),
  });

  switch (started.outcome) {
    case "project_not_found":
    case "parent_not_found":
      throw new ApiError(404, "not_found", "project not found");
    case "quota_exceeded":
      throw new ApiError(
        429,
        "quota_exceeded",
        `this needs ${started.units} units and the ${
          started.quota.window === "day" ? "daily" : "monthly"
        } quota has ${started.quota.remaining} left`,
        { ...started.quota, requested: started.units },
        { "retry-after": String(secondsUntil(started.quota.resets_at, deps.now())) },
      );
    case "key_reused":
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "this Idempotency-Key was used with a different request",
        {
          generation_id: started.generation.id,
        },
      );
    case "in_flight":
      throw new ApiError(
        409,
        "idempotency_in_flight",
        "a request with this Idempotency-Key is still running",
        {
          generation_id: started.generation.id,
        },
        { "retry-after": "2", location: `/functions/v1/generations/${started.generation.id}` },
      );
    case "replayed":
      c.header("idempotent-replayed", "true");
      return finishedResponse(c, (await getEnvelope(db, user, started.generation.id))!);
  }

  const record = started.generation;
  const work = executeGeneration(deps, record, user, request.handler);
  continueInBackground(work);
  if (request.alwaysAsync || prefersAsync(c)) return accepted(c, toEnvelope(record));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = await Promise.race([
    work.then(() => true, () => true),
    new Promise<false>((resolve) =>
      timer = setTimeout(() => resolve(false), deps.config.SYNC_BUDGET_MS)
    ),
  ]);
  clearTimeout(timer);
  const current = (done && await getEnvelope(db, user, record.id)) || toEnvelope(record);
  return current.finished_at ? finishedResponse(c, current) : accepted(c, current);
}
