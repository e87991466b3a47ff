import { z } from "../../shared/zod.ts";
import { type AppOptions, createApp } from "../../shared/http/app.ts";
import { jsonBody, jsonContent, userRoute } from "../../shared/http/openapi.ts";
import { GenerationEnvelope } from "../../shared/generation/envelope_schema.ts";
import { runGeneration } from "../../shared/http/generation.ts";
import { type HandlerOf, withDeps } from "../../shared/http/lazy_handlers.ts";
import type { GenerationHandler } from "../../shared/runtime/job.ts";
import type { Deps } from "../../shared/deps.ts";

const Input = z.object({ text: z.string().min(1).max(100), project_id: z.uuid().optional() })
  .strict();
export type EchoInput = z.infer<typeof Input>;

/**
 * A generate-* function for lifecycle tests: same factory and runner as the real ones, with
 * a handler the test controls.
 */
export function echoGenerationApp(
  handler: GenerationHandler<EchoInput, unknown, Deps>,
  options: AppOptions & { kind?: "names" | "logos" } = {},
) {
  const app = createApp("generate-echo", options);
  const route = userRoute({
    method: "post",
    path: "/",
    request: { body: jsonBody(Input) },
    responses: {
      200: jsonContent(GenerationEnvelope, "done"),
      202: jsonContent(GenerationEnvelope, "accepted"),
    },
  });
  const run: HandlerOf<typeof route> = (c) => {
    const input = c.req.valid("json");
    return runGeneration(c, {
      kind: options.kind ?? "names",
      input,
      projectId: input.project_id,
      handler,
    });
  };
  app.openapi(route, withDeps(run));
  return app;
}
