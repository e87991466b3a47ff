import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { aiAttempts, generations } from "../../drizzle/schema.ts";
import type { AuthUser } from "../auth/verify.ts";
import type { Db, Tx } from "../db/client.ts";
import { readAsUser, readOneAsUser } from "../db/scope.ts";
import { afterCursor, type Cursor } from "../db/keyset.ts";
import {
  type AttemptSummary,
  type Envelope,
  type GenerationKind,
  type GenerationStatus,
  toEnvelope,
} from "./envelope.ts";

// Reads of generations, as the user: RLS makes another user's generation not exist.

/** Provider attempts per generation, oldest first (RLS: only the caller's). */
async function attemptsFor(tx: Tx, ids: string[]): Promise<Map<string, AttemptSummary[]>> {
  const byId = new Map<string, AttemptSummary[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await tx.select().from(aiAttempts).where(inArray(aiAttempts.generationId, ids))
    .orderBy(asc(aiAttempts.startedAt));
  for (const r of rows) {
    byId.get(r.generationId!)?.push({
      provider: r.provider,
      model: r.model,
      ok: r.outcome === "ok",
      outcome: r.outcome,
      latency_ms: r.latencyMs,
    });
  }
  return byId;
}

/** The envelope of one generation with its provider attempts, or undefined if not the caller's. */
export async function getEnvelope(
  db: Db,
  user: AuthUser,
  id: string,
): Promise<Envelope | undefined> {
  return await readAsUser(db, user, async (tx) => {
    const [row] = await tx.select().from(generations).where(eq(generations.id, id));
    if (!row) return undefined;
    return toEnvelope(row, (await attemptsFor(tx, [id])).get(id));
  });
}

export interface ListFilter {
  projectId?: string;
  kind?: GenerationKind;
  status?: GenerationStatus;
  parentId?: string;
  cursor?: Cursor;
  limit: number;
}

/** A page of the caller's generations (limit + 1 rows, for the next-page check), as envelopes. */
export function listEnvelopes(db: Db, user: AuthUser, f: ListFilter): Promise<Envelope[]> {
  const conditions: (SQL | undefined)[] = [
    f.projectId ? eq(generations.projectId, f.projectId) : undefined,
    f.kind ? eq(generations.kind, f.kind) : undefined,
    f.status ? eq(generations.status, f.status) : undefined,
    f.parentId ? eq(generations.parentId, f.parentId) : undefined,
    afterCursor(generations.createdAt, generations.id, f.cursor),
  ];
  return readAsUser(db, user, async (tx) => {
    const rows = await tx.select().from(generations).where(and(...conditions))
      .orderBy(desc(generations.createdAt), desc(generations.id))
      .limit(f.limit + 1);
    const attempts = await attemptsFor(tx, rows.map((r) => r.id));
    return rows.map((r) => toEnvelope(r, attempts.get(r.id)));
  });
}

/** The checkpoint of one of the caller's generations (undefined if none or not theirs). */
export async function checkpointOf(db: Db, user: AuthUser, id: string): Promise<unknown> {
  const [row] = await readOneAsUser(
    db,
    user,
    (tx) =>
      tx.select({ checkpoint: generations.checkpoint }).from(generations)
        .where(eq(generations.id, id)),
  );
  return row?.checkpoint ?? undefined;
}
