import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";

/**
 * Sets `c.var.deps` for the route behind it: the database, AI, Storage and research load on
 * the first request that reaches such a route, never for a 401, a 404 or a preflight.
 */
export const withDeps: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("deps", await c.var.loadDeps());
  await next();
};
