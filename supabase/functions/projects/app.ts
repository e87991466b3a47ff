import { type App, type AppOptions, createApp } from "../../../shared/http/app.ts";
import { ApiError, notFound } from "../../../shared/http/errors.ts";
import { exportKit } from "../../../shared/http/kit_export.ts";
import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { purgeDeletedFilesOf } from "../../../shared/storage/deletions.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { IdParam, jsonBody, jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { decodeCursor, page, PageQuery } from "../../../shared/http/pagination.ts";
import { KitExportSchema, KitPendingSchema } from "../../../shared/kit/export_schema.ts";
import {
  createProject,
  deleteProject,
  getProject,
  latestPackageOf,
  listProjects,
  unfinishedIn,
  updateProject,
} from "../../../shared/projects/queries.ts";
import {
  CreateProjectSchema,
  ProjectListSchema,
  ProjectSchema,
  toProject,
  UpdateProjectSchema,
} from "../../../shared/projects/schema.ts";

function collectionRoutes(app: App) {
  app.openapi(
    userRoute({
      method: "post",
      path: "/",
      request: { body: jsonBody(CreateProjectSchema) },
      responses: { 201: jsonContent(ProjectSchema, "the new project") },
    }),
    async (c) => {
      const row = await createProject(c.var.deps.database.db, currentUser(c), c.req.valid("json"));
      return c.json(toProject(row), 201);
    },
  );
  app.openapi(
    userRoute({
      method: "get",
      path: "/",
      request: { query: PageQuery },
      responses: { 200: jsonContent(ProjectListSchema, "the caller's projects, newest first") },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const rows = await listProjects(c.var.deps.database.db, currentUser(c), {
        cursor: decodeCursor(cursor),
        limit,
      });
      const result = page(rows, limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
      return c.json({ items: result.items.map(toProject), next_cursor: result.next_cursor }, 200);
    },
  );
}

function itemRoutes(app: App) {
  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}",
      request: { params: IdParam },
      responses: { 200: jsonContent(ProjectSchema, "the project") },
    }),
    async (c) => {
      const row = await getProject(c.var.deps.database.db, currentUser(c), c.req.valid("param").id);
      if (!row) throw notFound("project");
      return c.json(toProject(row), 200);
    },
  );
  app.openapi(
    userRoute({
      method: "patch",
      path: "/{id}",
      request: { params: IdParam, body: jsonBody(UpdateProjectSchema) },
      responses: { 200: jsonContent(ProjectSchema, "the updated project") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await updateProject(
        c.var.deps.database.db,
        currentUser(c),
        id,
        c.req.valid("json"),
      );
      if (!row) throw notFound("project");
      return c.json(toProject(row), 200);
    },
  );
  app.openapi(
    userRoute({
      method: "delete",
      path: "/{id}",
      request: { params: IdParam },
      responses: { 204: { description: "deleted" } },
    }),
    async (c) => {
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
    },
  );
}

function exportRoute(app: App) {
  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}/export",
      request: { params: IdParam },
      responses: {
        200: jsonContent(KitExportSchema, "the brand kit of the project's newest finished package"),
        202: jsonContent(KitPendingSchema, "the kit's first export is being built: ask again"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const packageId = await latestPackageOf(c.var.deps.database.db, currentUser(c), id);
      if (packageId === undefined) throw notFound("project");
      if (packageId === null) {
        throw new ApiError(404, "not_found", "this project has no finished brand package yet");
      }
      return await exportKit(c, packageId, `/functions/v1/projects/${id}/export`);
    },
  );
}

/** A user's brand projects. Every query runs as the caller, so RLS decides what exists. */
export function createProjectsApp(options?: AppOptions) {
  const app = createApp("projects", options);
  collectionRoutes(app);
  itemRoutes(app);
  exportRoute(app);
  return app;
}

export default createProjectsApp();
