import { z } from "../../../shared/zod.ts";
import { createRoute } from "../../../shared/http/openapi_app.ts";
import { providerStates } from "../../../shared/ai/probe.ts";
import { aiConfig } from "../../../shared/ai/config.ts";
import { ping } from "../../../shared/db/client.ts";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { ApiError } from "../../../shared/http/errors.ts";
import { errorResponses, jsonContent } from "../../../shared/http/openapi.ts";
import { VERSION } from "../../../shared/version.ts";

const Liveness = z.object({ status: z.literal("ok"), version: z.string(), time: z.string() })
  .openapi("Liveness");
const Readiness = z.object({
  status: z.literal("ready"),
  checks: z.object({ database: z.literal("ok") }),
  providers: z.array(z.object({
    capability: z.enum(["text", "image"]),
    provider: z.string(),
    model: z.string(),
    circuit: z.enum(["closed", "open", "half_open"]),
  })).describe("Configured AI providers and their circuits; none means offline generators only."),
}).openapi("Readiness");

/** Public liveness and readiness probes. */
export function createHealthApp(options?: AppOptions) {
  const app = createApp("health", options);

  app.openapi(
    createRoute({
      method: "get",
      path: "/",
      responses: { 200: jsonContent(Liveness, "the function is up") },
    }),
    (c) =>
      c.json(
        { status: "ok" as const, version: VERSION, time: c.var.deps.now().toISOString() },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/ready",
      responses: { 200: jsonContent(Readiness, "dependencies answer"), ...errorResponses(503) },
    }),
    async (c) => {
      const database = await ping(c.var.deps.database) ? "ok" : "unavailable";
      if (database !== "ok") {
        throw new ApiError(503, "not_ready", "the database is not answering", {
          checks: { database },
        });
      }
      const { config, health, now } = c.var.deps;
      const providers = await providerStates(aiConfig(config), health, now().getTime());
      return c.json(
        { status: "ready" as const, checks: { database: "ok" as const }, providers },
        200,
      );
    },
  );
  return app;
}

export default createHealthApp();
