import { sql } from "drizzle-orm";
import type { AuthUser } from "../auth/verify.ts";
import { type Db, queryRows } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import {
  type GenerationErrorBody,
  type GenerationKind,
  type GenerationRecord,
  type Progress,
  recordFromJson,
} from "./envelope.ts";

/**
 * Typed calls to the lifecycle RPCs (supabase/migrations/*_generation_lifecycle.sql), all in
 * the `private` schema, which the Data API does not expose and only service_role may execute.
 * Calls made for a user pass the id of the verified token (AuthUser) and the database's now();
 * a user can never reach these functions except through the edge functions' validation.
 */

export interface WindowUsage {
  window: "day" | "month";
  limit: number;
  used: number;
  remaining: number;
  resets_at: string;
}

export type StartOutcome =
  | { outcome: "created" | "replayed" | "in_flight" | "key_reused"; generation: GenerationRecord }
  | { outcome: "quota_exceeded"; units: number; quota: WindowUsage }
  | { outcome: "project_not_found" | "parent_not_found" };

export interface StartRequest {
  kind: GenerationKind;
  input: unknown;
  requestHash: string;
  idempotencyKey?: string | null;
  projectId?: string | null;
}

type Json = Record<string, unknown>;

function withRecord<T extends Json>(result: T): T {
  return (result.generation
    ? { ...result, generation: recordFromJson(result.generation as Json) }
    : result) as T;
}

export async function startGeneration(
  db: Db,
  user: AuthUser,
  r: StartRequest,
): Promise<StartOutcome> {
  const [row] = await asAdmin(db, (tx) =>
    queryRows<{ r: Json }>(
      tx,
      sql`select private.start_generation(${user.id}::uuid, ${r.kind}, ${
        JSON.stringify(r.input)
      }::jsonb, ${r.requestHash}, ${r.idempotencyKey ?? null}, ${
        r.projectId ?? null
      }::uuid, null, now()) as r`,
    ));
  return withRecord(row.r) as unknown as StartOutcome;
}

/**
 * Starts a stage of a package for its owner (admin path: users cannot start stages; the
 * package paid for them). Fails if the package is not running.
 */
export async function startStage(
  db: Db,
  ownerId: string,
  parentId: string,
  r: Pick<StartRequest, "kind" | "input" | "requestHash">,
  now: Date,
): Promise<StartOutcome> {
  const [row] = await asAdmin(db, (tx) =>
    queryRows<{ r: Json }>(
      tx,
      sql`select private.start_generation(${ownerId}::uuid, ${r.kind}, ${
        JSON.stringify(r.input)
      }::jsonb,
        ${r.requestHash}, null, null, ${parentId}::uuid, ${now.toISOString()}::timestamptz) as r`,
    ));
  return withRecord(row.r) as unknown as StartOutcome;
}

export async function cancelGeneration(
  db: Db,
  user: AuthUser,
  id: string,
): Promise<GenerationRecord | null> {
  const [row] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ r: Json | null }>(
        tx,
        sql`select private.cancel_generation(${user.id}::uuid, ${id}::uuid, now()) as r`,
      ),
  );
  return row.r ? recordFromJson(row.r) : null;
}

export async function accountUsage(
  db: Db,
  user: AuthUser,
): Promise<{ plan: string; windows: WindowUsage[] }> {
  const [row] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ r: { plan: string; windows: WindowUsage[] } }>(
        tx,
        sql`select private.account_usage(${user.id}::uuid, now()) as r`,
      ),
  );
  return row.r;
}

const interval = (ms: number) => `${ms} milliseconds`;

async function adminScalar<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await asAdmin(db, (tx) => queryRows<{ r: T }>(tx, query));
  return row.r;
}

/** The lease token, or null when someone else holds it or the generation is finished. */
export const claimGeneration = (db: Db, id: string, leaseMs: number, now: Date) =>
  adminScalar<string | null>(
    db,
    sql`select private.claim_generation(${id}::uuid, ${
      interval(leaseMs)
    }::interval, ${now.toISOString()}::timestamptz) as r`,
  );

export const heartbeatGeneration = (
  db: Db,
  id: string,
  token: string,
  leaseMs: number,
  progress: Progress | null,
  now: Date,
) =>
  adminScalar<boolean>(
    db,
    sql`select private.heartbeat_generation(${id}::uuid, ${token}::uuid, ${
      interval(leaseMs)
    }::interval,
      ${
      progress ? JSON.stringify(progress) : null
    }::jsonb, ${now.toISOString()}::timestamptz) as r`,
  );

export const finishGeneration = (db: Db, id: string, token: string, output: unknown, now: Date) =>
  adminScalar<boolean>(
    db,
    sql`select private.finish_generation(${id}::uuid, ${token}::uuid, ${
      JSON.stringify(output)
    }::jsonb,
      ${now.toISOString()}::timestamptz) as r`,
  );

export const failGeneration = (
  db: Db,
  id: string,
  token: string | null,
  error: GenerationErrorBody,
  now: Date,
) =>
  adminScalar<boolean>(
    db,
    sql`select private.fail_generation(${id}::uuid, ${token}::uuid, ${JSON.stringify(error)}::jsonb,
      ${now.toISOString()}::timestamptz) as r`,
  );

/** Packages get this many workers in all before the sweeper fails them (see resumablePackages). */
export const MAX_PACKAGE_ATTEMPTS = 3;

export const sweepGenerations = (db: Db, now: Date, queuedTimeoutMs: number) =>
  adminScalar<number>(
    db,
    sql`select private.sweep_generations(${now.toISOString()}::timestamptz, ${
      interval(queuedTimeoutMs)
    }::interval, ${MAX_PACKAGE_ATTEMPTS}) as r`,
  );

/** Packages whose worker died and that may be resumed from their checkpoint. */
export async function resumablePackages(db: Db, now: Date): Promise<string[]> {
  const rows = await asAdmin(db, (tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`select private.resumable_packages(${now.toISOString()}::timestamptz, ${MAX_PACKAGE_ATTEMPTS}) as id`,
    ));
  return rows.map((r) => r.id);
}

export const purgeExpired = (db: Db, now: Date) =>
  adminScalar<{ idempotency_keys: number; quota_counters: number }>(
    db,
    sql`select private.purge_expired(${now.toISOString()}::timestamptz) as r`,
  );

/** Stores the worker's checkpoint; false when the lease is no longer ours. */
export const saveCheckpoint = (db: Db, id: string, token: string, checkpoint: unknown) =>
  adminScalar<boolean>(
    db,
    sql`select private.save_checkpoint(${id}::uuid, ${token}::uuid, ${
      JSON.stringify(checkpoint)
    }::jsonb) as r`,
  );

/** The checkpoint as stored now (for a worker that just re-claimed a generation). */
export async function readCheckpoint(db: Db, id: string): Promise<unknown> {
  const [row] = await asAdmin(
    db,
    (tx) =>
      queryRows<{ checkpoint: unknown }>(
        tx,
        sql`select checkpoint from public.generations where id = ${id}`,
      ),
  );
  return row?.checkpoint ?? null;
}
