import { z } from "@hono/zod-openapi";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { notFound } from "../../../shared/http/errors.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { decodeCursor, page, PageQuery } from "../../../shared/http/pagination.ts";
import {
  GenerationEnvelope,
  KINDS,
  STATUSES,
  toEnvelope,
} from "../../../shared/generation/envelope.ts";
import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { getGeneration, listGenerations } from "../../../shared/generation/queries.ts";

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: "id", in: "path" } }) });
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
      const rows = await listGenerations(c.var.deps.database.db, currentUser(c), {
        projectId: q.project_id,
        kind: q.kind,
        status: q.status,
        parentId: q.parent_id,
        cursor: decodeCursor(q.cursor),
        limit: q.limit,
      });
      const result = page(
        rows,
        q.limit,
        (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }),
      );
      return c.json({
        items: result.items.map((r) => toEnvelope(r)),
        next_cursor: result.next_cursor,
      }, 200);
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
      const row = await getGeneration(
        c.var.deps.database.db,
        currentUser(c),
        c.req.valid("param").id,
      );
      if (!row) throw notFound("generation");
      return c.json(toEnvelope(row), 200);
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
      const row = await cancelGeneration(
        c.var.deps.database.db,
        currentUser(c),
        c.req.valid("param").id,
      );
      if (!row) throw notFound("generation");
      return c.json(toEnvelope(row), 200);
    },
  );

  return app;
}

export default createGenerationsApp();
