import { z } from "../zod.ts";
import type { Deps } from "../deps.ts";
import type { GenerationKind } from "../generation/envelope.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { type AppOptions, createApp } from "./app.ts";
import { once } from "../lazy.ts";
import { type HandlerOf, withDeps } from "./lazy_handlers.ts";
import { documented, errorResponses, jsonBody, jsonContent, userRoute } from "./openapi.ts";

export interface GenerationAppSpec<B extends z.ZodObject, I, O> {
  /** The function name (its base path). */
  name: string;
  kind: GenerationKind;
  /** The request body, without project_id (added here). Validated before anything is charged. */
  body: B;
  description: string;
  /**
   * What a finished generation's `output` is, for the OpenAPI answers: loaded when the document
   * is built (`documented`), so a big output (a package's) costs no start-up.
   */
  output: () => Promise<z.ZodType<O>>;
  handler: GenerationHandler<I, O, Deps>;
  /** Always answer 202 and run in the background (long work such as packages). */
  alwaysAsync?: boolean;
  /** What is stored, hashed and handed to the handler; default: the validated body. */
  prepare?: (valid: z.output<B>, raw: Record<string, unknown>) => I;
}

// The lifecycle (quota, idempotency, lease: Drizzle and the schema) loads with the first POST.
const lifecycle = once(() => import("./generation.ts"));

/** POST / of a generate-* function: the kind's input (+ project_id); its output documented. */
function generationRoute<B extends z.ZodObject, O>(
  spec: Pick<GenerationAppSpec<B, unknown, O>, "kind" | "body" | "description" | "output">,
) {
  const Envelope = documented(async () =>
    (await import("../generation/envelope_schema.ts")).envelopeOf(spec.kind, await spec.output())
  );
  const Body = spec.body.extend({
    project_id: z.uuid().optional().describe("A project of yours to file it under"),
  });
  return userRoute({
    method: "post",
    path: "/",
    description: spec.description,
    request: { body: jsonBody(Body) },
    responses: {
      200: jsonContent(Envelope, "finished within the sync budget: the envelope with its output"),
      202: jsonContent(Envelope, "still running (or Prefer: respond-async): poll Location"),
      ...errorResponses(409, 422, 429, 502),
    },
  });
}

/**
 * The one shape of a generate-* function: POST / with the kind's input (+ optional
 * project_id), run through the lifecycle (quota, idempotency, lease, 200/202).
 */
export function createGenerationApp<B extends z.ZodObject, I, O>(
  spec: GenerationAppSpec<B, I, O>,
  options?: AppOptions,
) {
  const app = createApp(spec.name, options);
  const route = generationRoute(spec);
  const handler: HandlerOf<typeof route> = async (c) => {
    const { project_id, ...valid } = c.req.valid("json") as z.output<B> & { project_id?: string };
    const input = spec.prepare
      ? spec.prepare(valid as z.output<B>, await c.req.json())
      : valid as I;
    return (await lifecycle()).runGeneration(c, {
      kind: spec.kind,
      input,
      projectId: project_id,
      handler: spec.handler,
      alwaysAsync: spec.alwaysAsync,
    });
  };
  app.openapi(route, withDeps(handler));
  return app;
}
