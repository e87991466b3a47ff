import { z } from "@hono/zod-openapi";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { notFound } from "../../../shared/http/errors.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { IdParam, jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { decodeCursor, page, PageQuery } from "../../../shared/http/pagination.ts";
import { GenerationEnvelope, KINDS, STATUSES } from "../../../shared/generation/envelope.ts";
import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { getEnvelope, listEnvelopes } from "../../../shared/generation/queries.ts";
import { KitExportSchema } from "../../../shared/kit/export_schema.ts";

const ListQuery = PageQuery.extend({
  project_id: z.uuid().optional(),
  kind: z.enum(KINDS).optional(),
  status: z.enum(STATUSES).optional(),
  parent_id: z.uuid().optional(),
});
const GenerationList = z.object({
  items: z.array(GenerationEnvelope),
  next_cursor: z.string().nullable(),
})
  .openapi("GenerationList");

/** Status, progress and results of any generation; cancel. Only the caller's exist. */
export function createGenerationsApp(options?: AppOptions) {
  const app = createApp("generations", options);

  app.openapi(
    userRoute({
      method: "get",
      path: "/",
      request: { query: ListQuery },
      responses: { 200: jsonContent(GenerationList, "the caller's generations, newest first") },
    }),
    async (c) => {
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
    },
  );

  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}",
      request: { params: IdParam },
      responses: { 200: jsonContent(GenerationEnvelope, "the generation") },
    }),
    async (c) => {
      const envelope = await getEnvelope(
        c.var.deps.database.db,
        currentUser(c),
        c.req.valid("param").id,
      );
      if (!envelope) throw notFound("generation");
      return c.json(envelope, 200);
    },
  );

  app.openapi(
    userRoute({
      method: "post",
      path: "/{id}/cancel",
      request: { params: IdParam },
      responses: {
        200: jsonContent(
          GenerationEnvelope,
          "the generation after cancel (finished ones unchanged)",
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const db = c.var.deps.database.db;
      if (!await cancelGeneration(db, currentUser(c), id)) throw notFound("generation");
      return c.json((await getEnvelope(db, currentUser(c), id))!, 200);
    },
  );

  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}/export",
      request: { params: IdParam },
      responses: {
        200: jsonContent(KitExportSchema, "the brand kit ZIP of a finished package: a signed URL"),
      },
    }),
    async (c) => {
      // The kit builder (fonts, rasterizer, ZIP) loads on the first export, not at cold start.
      const { exportPackage } = await import("../../../shared/kit/export.ts");
      return c.json(await exportPackage(c.var.deps, currentUser(c), c.req.valid("param").id), 200);
    },
  );

  return app;
}

export default createGenerationsApp();
