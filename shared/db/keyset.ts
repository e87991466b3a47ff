import { and, type Column, eq, lt, or, type SQL } from "drizzle-orm";

/** Keyset cursor over (created_at desc, id desc): stable under inserts, O(1) per page. */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** Rows after the cursor in (created_at desc, id desc) order; no condition without one. */
export function afterCursor(createdAt: Column, id: Column, cursor?: Cursor): SQL | undefined {
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(createdAt, at), and(eq(createdAt, at), lt(id, cursor.id)));
}
