import { providerStates } from "../../../shared/ai/probe.ts";
import { aiConfig } from "../../../shared/ai/config.ts";
import { ping } from "../../../shared/db/client.ts";
import { ApiError } from "../../../shared/http/errors.ts";
import type { HandlerOf } from "../../../shared/http/lazy_handlers.ts";
import type * as routes from "./routes.ts";

export const ready: HandlerOf<typeof routes.ready> = async (c) => {
  const database = await ping(c.var.deps.database) ? "ok" : "unavailable";
  if (database !== "ok") {
    throw new ApiError(503, "not_ready", "the database is not answering", {
      checks: { database },
    });
  }
  const { config, health, now } = c.var.deps;
  const providers = await providerStates(aiConfig(config), health, now().getTime());
  return c.json({ status: "ready" as const, checks: { database: "ok" as const }, providers }, 200);
};
