import { accountUsage } from "../../../shared/generation/lifecycle.ts";
import type { HandlerOf } from "../../../shared/http/lazy_handlers.ts";
import { currentUser } from "../../../shared/http/middleware/auth.ts";
import type * as routes from "./routes.ts";

export const usage: HandlerOf<typeof routes.usage> = async (c) =>
  c.json(await accountUsage(c.var.deps.database.db, currentUser(c)), 200);
