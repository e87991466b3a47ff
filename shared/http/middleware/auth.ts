import type { MiddlewareHandler } from "hono";
import { bearerToken, TokenRejected } from "../../auth/verify.ts";
import type { AuthUser } from "../../auth/verify.ts";
import type { AppEnv, Ctx } from "../context.ts";
import { unauthorized } from "../errors.ts";

/**
 * Requires a verified Supabase user token (role authenticated). Every failure is the same
 * 401 to the caller; the reason is in the message, never the token.
 */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearerToken(c.req.header("authorization"));
  if (!token) throw unauthorized("missing or malformed Authorization: Bearer header");
  try {
    c.set("user", await c.var.edge.verifyToken(token));
  } catch (err) {
    if (err instanceof TokenRejected) throw unauthorized(err.message);
    throw unauthorized("token could not be verified");
  }
  await next();
};

/** The verified caller of a route behind requireUser. */
export function currentUser(c: Ctx): AuthUser {
  const user = c.var.user;
  if (!user) throw unauthorized();
  return user;
}
