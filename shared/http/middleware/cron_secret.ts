import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.ts";
import { unauthorized } from "../errors.ts";

function timingSafeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Scheduled calls prove themselves with CRON_SECRET in `x-cron-secret`; unset → all refused. */
export const requireCronSecret: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.var.deps.config.CRON_SECRET;
  const given = c.req.header("x-cron-secret");
  if (!expected || !given || !timingSafeEqual(given, expected)) {
    throw unauthorized("a valid x-cron-secret header is required");
  }
  await next();
};
