import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "hono/utils/buffer";
import type { AppEnv } from "../context.ts";
import { unauthorized } from "../errors.ts";

/** Scheduled calls prove themselves with CRON_SECRET in `x-cron-secret`; unset → all refused. */
export const requireCronSecret: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.var.edge.config.CRON_SECRET;
  const given = c.req.header("x-cron-secret");
  if (!expected || !given || !await timingSafeEqual(given, expected)) {
    throw unauthorized("a valid x-cron-secret header is required");
  }
  await next();
};
