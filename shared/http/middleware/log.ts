import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";

/**
 * One JSON line per request. Only these fields are logged: never headers, bodies or
 * tokens, so no secret can reach the logs through here.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    c.var.edge.log.log(status >= 500 ? "error" : "info", "request", {
      fn: c.var.fn,
      method: c.req.method,
      route: c.req.routePath,
      status,
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
      request_id: c.var.requestId,
      user_id: c.var.user?.id ?? null,
    });
  };
}
