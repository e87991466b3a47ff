import { z } from "../../../shared/zod.ts";
import { type App, type AppOptions, createApp } from "../../../shared/http/app.ts";
import { notFound } from "../../../shared/http/errors.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import { IdParam, jsonContent, userRoute } from "../../../shared/http/openapi.ts";
import { decodeCursor, page, PageQuery } from "../../../shared/http/pagination.ts";
import { ColorsOutputSchema } from "../../../shared/colors/schema.ts";
import { DomainsOutputSchema } from "../../../shared/domains/schema.ts";
import { GenerationEnvelope, KINDS, STATUSES } from "../../../shared/generation/envelope.ts";
import { LogosOutputSchema } from "../../../shared/logos/schema.ts";
import { NamesOutputSchema } from "../../../shared/names/schema.ts";
import { PackageOutputSchema } from "../../../shared/package/schema.ts";
import { TaglinesOutputSchema } from "../../../shared/taglines/schema.ts";
import { cancelGeneration } from "../../../shared/generation/lifecycle.ts";
import { getEnvelope, listEnvelopes } from "../../../shared/generation/queries.ts";
import { exportKit } from "../../../shared/http/kit_export.ts";
import { purgeDeletedFilesOf } from "../../../shared/storage/deletions.ts";
import { KitExportSchema, KitPendingSchema } from "../../../shared/kit/export_schema.ts";

const ListQuery = PageQuery.extend({
  project_id: z.uuid().optional(),
  kind: z.enum(KINDS).optional(),
  status: z.enum(STATUSES).optional(),
  parent_id: z.uuid().optional(),
});
/** Any generation: its `output` is the output of its kind (null until it succeeds). */
const AnyGeneration = GenerationEnvelope.extend({
  output: z.union([
    NamesOutputSchema,
    DomainsOutputSchema,
    LogosOutputSchema,
    ColorsOutputSchema,
    TaglinesOutputSchema,
    PackageOutputSchema,
  ]).nullable().describe("The output of the generation's kind; null until it succeeds"),
}).openapi("Generation");

const GenerationList = z.object({
  items: z.array(AnyGeneration),
  next_cursor: z.string().nullable(),
})
  .openapi("GenerationList");

/** GET /: the caller's generations, newest first, filtered. */
function listRoute(app: App) {
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
}

/** GET /{id}: one generation. */
function getRoute(app: App) {
  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}",
      request: { params: IdParam },
      responses: { 200: jsonContent(AnyGeneration, "the generation") },
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
}

/** POST /{id}/cancel: stops a running generation (its units are refunded). */
function cancelRoute(app: App) {
  app.openapi(
    userRoute({
      method: "post",
      path: "/{id}/cancel",
      request: { params: IdParam },
      responses: {
        200: jsonContent(
          AnyGeneration,
          "the generation after cancel (finished ones unchanged)",
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const db = c.var.deps.database.db;
      if (!await cancelGeneration(db, currentUser(c), id)) throw notFound("generation");
      await purgeDeletedFilesOf(c.var.deps, currentUser(c).id);
      return c.json((await getEnvelope(db, currentUser(c), id))!, 200);
    },
  );
}

/** GET /{id}/export: the brand kit of a finished package. */
function exportRoute(app: App) {
  app.openapi(
    userRoute({
      method: "get",
      path: "/{id}/export",
      request: { params: IdParam },
      responses: {
        200: jsonContent(KitExportSchema, "the brand kit ZIP of a finished package: a signed URL"),
        202: jsonContent(KitPendingSchema, "the kit's first export is being built: ask again"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return await exportKit(c, id, `/functions/v1/generations/${id}/export`);
    },
  );
}

/** Status, progress and results of any generation; cancel. Only the caller's exist. */
export function createGenerationsApp(options?: AppOptions) {
  const app = createApp("generations", options);
  listRoute(app);
  getRoute(app);
  cancelRoute(app);
  exportRoute(app);
  return app;
}

export default createGenerationsApp();
