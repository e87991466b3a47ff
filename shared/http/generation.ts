/**
 * The HTTP side of a generate-* request: Idempotency-Key and Prefer headers in, the lifecycle's
 * outcome mapped to statuses (200, 202 + Location, 404, 409, 422, 429, 502) out.
 */
import { startGeneration, type StartOutcome } from "../generation/lifecycle.ts";
import { getEnvelope } from "../generation/queries.ts";
import { requestHash } from "../generation/request_hash.ts";
import { executeGeneration } from "../generation/runner.ts";
import { type Envelope, type GenerationKind, toEnvelope } from "../generation/envelope.ts";
import { continueInBackground } from "../runtime/background.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import type { Deps } from "../deps.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { currentUser } from "./middleware/auth.ts";

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
  handler: GenerationHandler<I, O, Deps>;
  /** Answer 202 whatever the client prefers. */
  alwaysAsync?: boolean;
}

/** The error answer for a request the lifecycle did not start (not created, not replayed). */
function refusal(started: StartOutcome, now: Date): ApiError {
  switch (started.outcome) {
    case "project_not_found":
    case "parent_not_found":
      return new ApiError(404, "not_found", "project not found");
    case "quota_exceeded":
      return new ApiError(
        429,
        "quota_exceeded",
        `this needs ${started.units} units and the ${
          started.quota.window === "day" ? "daily" : "monthly"
        } quota has ${started.quota.remaining} left`,
        { ...started.quota, requested: started.units },
        { "retry-after": String(secondsUntil(started.quota.resets_at, now)) },
      );
    case "key_reused":
      return new ApiError(
        422,
        "idempotency_key_reused",
        "this Idempotency-Key was used with a different request",
        { generation_id: started.generation.id },
      );
    default: // in_flight
      return new ApiError(
        409,
        "idempotency_in_flight",
        "a request with this Idempotency-Key is still running",
        { generation_id: started.generation.id },
        { "retry-after": "2", location: `/functions/v1/generations/${started.generation.id}` },
      );
  }
}

/** True when `work` settles within `ms`. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = await Promise.race([
    work.then(() => true, () => true),
    new Promise<false>((resolve) => timer = setTimeout(() => resolve(false), ms)),
  ]);
  clearTimeout(timer);
  return done;
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
    requestHash: await requestHash({
      kind: request.kind,
      project_id: projectId,
      input: request.input,
    }),
  });
  if (started.outcome === "replayed") {
    c.header("idempotent-replayed", "true");
    return finishedResponse(c, (await getEnvelope(db, user, started.generation.id))!);
  }
  if (started.outcome !== "created") throw refusal(started, deps.now());

  const record = started.generation;
  const work = executeGeneration(deps, record, user, request.handler);
  continueInBackground(work);
  if (request.alwaysAsync || prefersAsync(c)) return accepted(c, toEnvelope(record));
  const done = await settlesWithin(work, deps.config.SYNC_BUDGET_MS);
  const current = (done && await getEnvelope(db, user, record.id)) || toEnvelope(record);
  return current.finished_at ? finishedResponse(c, current) : accepted(c, current);
}
