import type { RouteConfig } from "@hono/zod-openapi";
import { z } from "../zod.ts";
import { createRoute, DocumentedSchema } from "./openapi_app.ts";
import { requireUser } from "./middleware/auth.ts";

/** The `{id}` path parameter of a resource route: a UUID, else 400 before any lookup. */
export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: "id", in: "path" } }) });

export const ErrorSchema = z.object({
  error: z.string().openapi({ example: "validation_failed" }),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
  request_id: z.string(),
}).openapi("Error");

const errorDescriptions: Record<number, string> = {
  400: "invalid_json or validation_failed",
  401: "unauthorized: missing, malformed, expired or forged token, or not a user token",
  404: "not_found (also for another user's resources)",
  409: "idempotency_in_flight, or stage_of_package (cancel the package instead)",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "idempotency_key_reused",
  429: "quota_exceeded",
  502: "provider_unavailable or generation_failed",
  503: "not_ready or storage_unavailable",
};

/** Documented error answers for a route, in the one error format. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, {
    description: errorDescriptions[s] ?? "error",
    content: { "application/json": { schema: ErrorSchema } },
  }]));
}

/**
 * A response schema for the OpenAPI document only, imported when a document is built rather
 * than at start-up. The app never validates its own answers, so a schema that only describes
 * them (every kind's output, say: some 30 ms of a cold start in zod construction) need not
 * exist until /openapi.json is asked for. Typed as the schema it loads, so handlers stay
 * checked against it. Only for responses: request schemas validate, and must exist.
 */
export const documented = <S extends z.ZodType>(load: () => Promise<S>): S =>
  new DocumentedSchema(load) as unknown as S;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

type UserRouteConfig = Omit<RouteConfig, "middleware" | "security">;

/** What the body guard may answer before any route runs: every method but GET has it. */
export const bodyGuardResponses = (method: string) =>
  method.toLowerCase() === "get" ? {} : errorResponses(400, 413, 415);

/** A route behind requireUser, documented with bearer auth and the usual error answers. */
export function userRoute<R extends UserRouteConfig>(config: R) {
  return createRoute({
    ...config,
    middleware: [requireUser] as const,
    security: [{ bearerAuth: [] }],
    responses: {
      ...errorResponses(400, 401, 404),
      ...bodyGuardResponses(config.method),
      ...config.responses,
    },
  });
}
