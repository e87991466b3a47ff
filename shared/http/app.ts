import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { defaultDeps, defaultEdge } from "../deps.ts";
import { VERSION } from "../version.ts";
import type { App, AppEnv, AppOptions, Ctx } from "./context.ts";
import { errorHandler, notFoundHandler } from "./error_handler.ts";
import { bodyGuard } from "./middleware/body.ts";
import { requestLog } from "./middleware/log.ts";
import { openApiApp } from "./openapi_app.ts";
import { validationError } from "./validation.ts";

export type { App, AppEnv, AppOptions, Ctx };

/** Headers supabase-js sends with functions.invoke, plus ours. */
const ALLOWED_HEADERS = [
  "authorization",
  "apikey",
  "x-client-info",
  "content-type",
  "idempotency-key",
  "prefer",
  "x-request-id",
];

/**
 * The one app factory: every function is `createApp("<name>")` plus its routes.
 * Installs, in order: request id (Hono's: a caller's plain x-request-id is kept, else a UUID),
 * the function name and edge (deps.ts), the JSON request log, CORS, the body guard (size limit,
 * JSON content type and syntax), the error format, 404 for unknown routes, and the
 * function's OpenAPI document at /<name>/openapi.json.
 */
export function createApp(name: string, options: AppOptions = {}): App {
  const getDeps = options.deps ?? defaultDeps;
  const getEdge = options.deps ?? (() => Promise.resolve(defaultEdge()));
  const app: App = openApiApp<AppEnv>(`/${name}`, (result) => {
    if (!result.success) throw validationError(result.error.issues, result.target);
  });

  app.use("*", requestId());
  app.use("*", async (c, next) => {
    c.set("fn", name);
    c.set("edge", await getEdge());
    c.set("loadDeps", getDeps);
    await next();
  });
  app.use("*", requestLog());
  app.use(
    "*",
    cors({
      origin: (origin, c: Ctx) => {
        const allowed = c.var.edge.config.CORS_ORIGINS;
        if (allowed === "*") return "*";
        return allowed.split(",").map((o) => o.trim()).includes(origin) ? origin : null;
      },
      allowHeaders: ALLOWED_HEADERS,
      allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
      exposeHeaders: ["x-request-id", "location", "retry-after"],
      maxAge: 86_400,
    }),
  );
  app.use("*", bodyGuard());

  app.registerSecurityScheme("bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A Supabase user access token (role authenticated).",
  });
  app.get("/openapi.json", async (c) => {
    const { openApiDocument } = await import("./openapi_document.ts");
    return c.json(
      await openApiDocument(app, {
        openapi: "3.1.0",
        info: { title: `${name} — Brand Package Generator`, version: VERSION },
        servers: [{ url: "/functions/v1" }],
      }),
    );
  });

  app.onError(errorHandler);
  app.notFound(notFoundHandler);
  return app;
}
