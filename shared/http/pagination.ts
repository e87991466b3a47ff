import { z } from "../zod.ts";
import type { Cursor } from "../db/keyset.ts";
import { ApiError } from "./errors.ts";

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe("next_cursor of the previous page"),
});

export function encodeCursor(c: Cursor): string {
  return btoa(JSON.stringify([c.createdAt, c.id])).replaceAll("=", "");
}

/** Exactly what toISOString() writes (4-digit years): anything else is not our cursor. */
const ISO_UTC = /^(19|2\d)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(atob(raw));
    if (
      typeof createdAt === "string" && ISO_UTC.test(createdAt) &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === "string" && UUID.test(id)
    ) {
      return { createdAt, id };
    }
  } catch { /* fall through to the 400 */ }
  throw new ApiError(400, "validation_failed", "invalid cursor", {
    fields: { cursor: ["not a cursor from this API"] },
  });
}

/** `limit + 1` rows in → one page out, with the cursor of the next page if there is one. */
export function page<T>(rows: T[], limit: number, key: (row: T) => Cursor) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next_cursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
