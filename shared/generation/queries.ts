import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { generations } from "../../drizzle/schema.ts";
import type { AuthUser } from "../auth/verify.ts";
import type { Db } from "../db/client.ts";
import { asUser } from "../db/scope.ts";
import type { Cursor } from "../http/pagination.ts";
import type { GenerationKind, GenerationRecord, GenerationStatus } from "./envelope.ts";

/** Reads of generations, as the user: RLS makes another user's generation not exist. */
export async function getGeneration(
  db: Db,
  user: AuthUser,
  id: string,
): Promise<GenerationRecord | undefined> {
  const [row] = await asUser(
    db,
    user,
    (tx) => tx.select().from(generations).where(eq(generations.id, id)),
  );
  return row;
}

export interface ListFilter {
  projectId?: string;
  kind?: GenerationKind;
  status?: GenerationStatus;
  parentId?: string;
  cursor?: Cursor;
  limit: number;
}

export function listGenerations(
  db: Db,
  user: AuthUser,
  f: ListFilter,
): Promise<GenerationRecord[]> {
  const conditions: (SQL | undefined)[] = [
    f.projectId ? eq(generations.projectId, f.projectId) : undefined,
    f.kind ? eq(generations.kind, f.kind) : undefined,
    f.status ? eq(generations.status, f.status) : undefined,
    f.parentId ? eq(generations.parentId, f.parentId) : undefined,
    f.cursor
      ? or(
        lt(generations.createdAt, new Date(f.cursor.createdAt)),
        and(
          eq(generations.createdAt, new Date(f.cursor.createdAt)),
          lt(generations.id, f.cursor.id),
        ),
      )
      : undefined,
  ];
  return asUser(db, user, (tx) =>
    tx.select().from(generations).where(and(...conditions))
      .orderBy(desc(generations.createdAt), desc(generations.id))
      .limit(f.limit + 1));
}
