import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { ApiError, notFound } from "../../../shared/http/errors.ts";
import { exportKit as exportKitOf } from "../../../shared/http/kit_export.ts";
import type { HandlerOf } from "../../../shared/http/lazy_handlers.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { decodeCursor, page } from "../../../shared/http/pagination.ts";
import {
  createProject,
  deleteProject,
  getProject,
  latestPackageOf,
  listProjects,
  unfinishedIn,
  updateProject,
} from "../../../shared/projects/queries.ts";
import { toProject } from "../../../shared/projects/schema.ts";
import { purgeDeletedFilesOf } from "../../../shared/storage/deletions.ts";
import type * as routes from "./routes.ts";

export const create: HandlerOf<typeof routes.create> = async (c) => {
  const row = await createProject(c.var.deps.database.db, currentUser(c), c.req.valid("json"));
  return c.json(toProject(row), 201);
};

export const list: HandlerOf<typeof routes.list> = async (c) => {
  const { limit, cursor } = c.req.valid("query");
  const rows = await listProjects(c.var.deps.database.db, currentUser(c), {
    cursor: decodeCursor(cursor),
    limit,
  });
  const result = page(rows, limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
  return c.json({ items: result.items.map(toProject), next_cursor: result.next_cursor }, 200);
};

export const get: HandlerOf<typeof routes.get> = async (c) => {
  const row = await getProject(c.var.deps.database.db, currentUser(c), c.req.valid("param").id);
  if (!row) throw notFound("project");
  return c.json(toProject(row), 200);
};

export const update: HandlerOf<typeof routes.update> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await updateProject(c.var.deps.database.db, currentUser(c), id, c.req.valid("json"));
  if (!row) throw notFound("project");
  return c.json(toProject(row), 200);
};

export const remove: HandlerOf<typeof routes.remove> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.deps.database.db;
  // Work still running in the project stops with it (canceled and refunded), so no file
  // is stored after its project is gone.
  for (const running of await unfinishedIn(db, currentUser(c), id)) {
    await cancelGeneration(db, currentUser(c), running);
  }
  if (!await deleteProject(db, currentUser(c), id)) {
    throw notFound("project");
  }
  // Its logos and kits: the delete queued their paths, Storage removes the files.
  await purgeDeletedFilesOf(c.var.deps, currentUser(c).id);
  return c.body(null, 204);
};

export const exportKit: HandlerOf<typeof routes.exportKit> = async (c) => {
  const { id } = c.req.valid("param");
  const packageId = await latestPackageOf(c.var.deps.database.db, currentUser(c), id);
  if (packageId === undefined) throw notFound("project");
  if (packageId === null) {
    throw new ApiError(404, "not_found", "this project has no finished brand package yet");
  }
  return await exportKitOf(c, packageId, `/functions/v1/projects/${id}/export`);
};
