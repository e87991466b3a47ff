import { z } from "../../../shared/zod.ts";
import { createRoute } from "../../../shared/http/openapi_app.ts";
import { errorResponses, jsonContent } from "../../../shared/http/openapi.ts";

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

export const live = createRoute({
  method: "get",
  path: "/",
  responses: { 200: jsonContent(Liveness, "the function is up") },
});

export const ready = createRoute({
  method: "get",
  path: "/ready",
  responses: { 200: jsonContent(Readiness, "dependencies answer"), ...errorResponses(503) },
});
