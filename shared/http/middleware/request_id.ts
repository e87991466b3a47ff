import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.ts";

const SAFE_ID = /^[\w.:\-]{1,128}$/;

/** Accepts a caller's x-request-id when it is a plain token, else makes one; echoes it. */
export function requestId(fn: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header("x-request-id");
    const id = given && SAFE_ID.test(given) ? given : crypto.randomUUID();
    c.set("requestId", id);
    c.set("fn", fn);
    c.header("x-request-id", id);
    await next();
  };
}
