import { z } from "../../../shared/zod.ts";
import {
  documented,
  errorResponses,
  IdParam,
  jsonContent,
  userRoute,
} from "../../../shared/http/openapi.ts";
import { PageQuery } from "../../../shared/http/pagination.ts";
import { KINDS, STATUSES } from "../../../shared/generation/envelope.ts";
import { kitExportRoute } from "../../../shared/http/kit_export.ts";

const ListQuery = PageQuery.extend({
  project_id: z.uuid().optional(),
  kind: z.enum(KINDS).optional(),
  status: z.enum(STATUSES).optional(),
  parent_id: z.uuid().optional(),
});

// Every kind's output schema, for the document only (`documented`): none is built at start-up.
const AnyGeneration = documented(async () => (await import("./schemas.ts")).AnyGeneration);
const GenerationList = documented(async () => (await import("./schemas.ts")).GenerationList);

/** GET /: the caller's generations, newest first, filtered. */
export const list = userRoute({
  method: "get",
  path: "/",
  request: { query: ListQuery },
  responses: { 200: jsonContent(GenerationList, "the caller's generations, newest first") },
});

/** GET /{id}: one generation. */
export const get = userRoute({
  method: "get",
  path: "/{id}",
  request: { params: IdParam },
  responses: { 200: jsonContent(AnyGeneration, "the generation") },
});

/** POST /{id}/cancel: stops a running generation (its units are refunded). */
export const cancel = userRoute({
  method: "post",
  path: "/{id}/cancel",
  request: { params: IdParam },
  responses: {
    200: jsonContent(AnyGeneration, "the generation after cancel (finished ones unchanged)"),
    ...errorResponses(409),
  },
});

/** GET /{id}/export: the brand kit of a finished package. */
export const exportKit = kitExportRoute("the brand kit ZIP of a finished package: a signed URL");
