import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { getEnvelope, listEnvelopes } from "../../../shared/generation/queries.ts";
import { ApiError, notFound } from "../../../shared/http/errors.ts";
import { exportKit as exportKitOf } from "../../../shared/http/kit_export.ts";
import type { HandlerOf } from "../../../shared/http/lazy_handlers.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { decodeCursor, page } from "../../../shared/http/pagination.ts";
import { purgeDeletedFilesOf } from "../../../shared/storage/deletions.ts";
import type * as routes from "./routes.ts";

export const list: HandlerOf<typeof routes.list> = async (c) => {
  const q = c.req.valid("query");
  const rows = await listEnvelopes(c.var.deps.database.db, currentUser(c), {
    projectId: q.project_id,
    kind: q.kind,
    status: q.status,
    parentId: q.parent_id,
    cursor: decodeCursor(q.cursor),
    limit: q.limit,
  });
  return c.json(page(rows, q.limit, (r) => ({ createdAt: r.created_at, id: r.id })), 200);
};

export const get: HandlerOf<typeof routes.get> = async (c) => {
  const envelope = await getEnvelope(
    c.var.deps.database.db,
    currentUser(c),
    c.req.valid("param").id,
  );
  if (!envelope) throw notFound("generation");
  return c.json(envelope, 200);
};

export const cancel: HandlerOf<typeof routes.cancel> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.deps.database.db;
  const canceled = await cancelGeneration(db, currentUser(c), id);
  if (!canceled) throw notFound("generation");
  if (canceled.parentId && (canceled.status === "queued" || canceled.status === "running")) {
    throw new ApiError(409, "stage_of_package", "a package's stage is canceled with its package", {
      parent_id: canceled.parentId,
    });
  }
  await purgeDeletedFilesOf(c.var.deps, currentUser(c).id);
  return c.json((await getEnvelope(db, currentUser(c), id))!, 200);
};

export const exportKit: HandlerOf<typeof routes.exportKit> = async (c) => {
  const { id } = c.req.valid("param");
  return await exportKitOf(c, id, `/functions/v1/generations/${id}/export`);
};
