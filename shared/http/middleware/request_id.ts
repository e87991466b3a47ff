import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.ts";

const SAFE_ID = /^[\w.:\-]{1,128}$/;

/** The caller's x-request-id when it is a plain token, else a new one. */
export const requestIdFrom = (given: string | null | undefined): string =>
  given && SAFE_ID.test(given) ? given : crypto.randomUUID();

/** Accepts a caller's x-request-id when it is a plain token, else makes one; echoes it. */
export function requestId(fn: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = requestIdFrom(c.req.header("x-request-id"));
    c.set("requestId", id);
    c.set("fn", fn);
    c.header("x-request-id", id);
    await next();
  };
}
