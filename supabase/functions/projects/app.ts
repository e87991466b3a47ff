import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { projects } from "../../../drizzle/schema.ts";
import { BriefSchema } from "../../../shared/brief.ts";
import { asUser } from "../../../shared/db/scope.ts";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { ApiError, notFound } from "../../../shared/http/errors.ts";
import { KitExportSchema } from "../../../shared/kit/export_schema.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { IdParam, jsonBody, jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { decodeCursor, page, PageQuery } from "../../../shared/http/pagination.ts";

const Project = z.object({
  id: z.uuid(),
  name: z.string(),
  brief: BriefSchema.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
}).openapi("Project");

const ProjectName = z.string().trim().min(1).max(120);
const CreateProject = z.object({ name: ProjectName, brief: BriefSchema.optional() }).strict()
  .openapi("CreateProject");
const UpdateProject = z.object({
  name: ProjectName.optional(),
  brief: BriefSchema.nullable().optional(),
})
  .strict()
  .refine((v) => v.name !== undefined || v.brief !== undefined, "give name or brief")
  .openapi("UpdateProject");
const ProjectList = z.object({ items: z.array(Project), next_cursor: z.string().nullable() })
  .openapi("ProjectList");

type Row = typeof projects.$inferSelect;
const toProject = (r: Row) => ({
  id: r.id,
  name: r.name,
  brief: r.brief ?? null,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

/** A user's brand projects. Every query runs as the caller, so RLS decides what exists. */
export function createProjectsApp(options?: AppOptions) {
  const app = createApp("projects", options);

  app.openapi(
    userRoute({
      method: "post",
      path: "/",
      request: { body: jsonBody(CreateProject) },
      responses: { 201: jsonContent(Project, "the new project") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const [row] = await asUser(
        c.var.deps.database.db,
        currentUser(c),
        (tx) => tx.insert(projects).values({ name: input.name, brief: input.brief }).returning(),
      );
      return c.json(toProject(row), 201);
    },
  );

  app.openapi(
    userRoute({
      method: "get",
      path: "/",
      request: { query: PageQuery },
      responses: { 200: jsonContent(ProjectList, "the caller's projects, newest first") },
    }),
    async (c) => {
      const { limit, cursor: raw } = c.req.valid("query");
      const cursor = decodeCursor(raw);
      const rows = await asUser(
        c.var.deps.database.db,
        currentUser(c),
        (tx) =>
          tx.select().from(projects)
            .where(
              cursor
                ? or(
                  lt(projects.createdAt, new Date(cursor.createdAt)),
                  and(
                    eq(projects.createdAt, new Date(cursor.createdAt)),
                    lt(projects.id, cursor.id),
                  ),
                )
                : undefined,
            )
            .orderBy(desc(projects.createdAt), desc(projects.id))
            .limit(limit + 1),
      );
      const result = page(rows, limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
      return c.json({ items: result.items.map(toProject), next_cursor: result.next_cursor }, 200);
    },
  );

  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}",
      request: { params: IdParam },
      responses: { 200: jsonContent(Project, "the project") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await asUser(
        c.var.deps.database.db,
        currentUser(c),
        (tx) => tx.select().from(projects).where(eq(projects.id, id)),
      );
      if (!row) throw notFound("project");
      return c.json(toProject(row), 200);
    },
  );

  app.openapi(
    userRoute({
      method: "patch",
      path: "/{id}",
      request: { params: IdParam, body: jsonBody(UpdateProject) },
      responses: { 200: jsonContent(Project, "the updated project") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const [row] = await asUser(
        c.var.deps.database.db,
        currentUser(c),
        (tx) =>
          tx.update(projects).set({ name: input.name, brief: input.brief }).where(
            eq(projects.id, id),
          )
            .returning(),
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
      const deleted = await asUser(
        c.var.deps.database.db,
        currentUser(c),
        (tx) => tx.delete(projects).where(eq(projects.id, id)).returning({ id: projects.id }),
      );
      if (deleted.length === 0) throw notFound("project");
      return c.body(null, 204);
    },
  );

  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}/export",
      request: { params: IdParam },
      responses: {
        200: jsonContent(KitExportSchema, "the brand kit of the project's newest finished package"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const deps = c.var.deps;
      const user = currentUser(c);
      // The kit builder (fonts, rasterizer, ZIP) loads on the first export, not at cold start.
      const { exportPackage, latestPackageOf } = await import("../../../shared/kit/export.ts");
      const [project] = await asUser(
        deps.database.db,
        user,
        (tx) => tx.select({ id: projects.id }).from(projects).where(eq(projects.id, id)),
      );
      if (!project) throw notFound("project");
      const packageId = await latestPackageOf(deps, user, id);
      if (!packageId) {
        throw new ApiError(404, "not_found", "this project has no finished brand package yet");
      }
      return c.json(await exportPackage(deps, user, packageId), 200);
    },
  );

  return app;
}

export default createProjectsApp();
