import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";
import { LogosInputSchema } from "../../../shared/logos/schema.ts";

export const createGenerateLogosApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-logos",
    kind: "logos",
    body: LogosInputSchema,
    description:
      "Logo marks (SVG preferred) stored privately with signed URLs, plus an outlined wordmark and lockups in color, mono and inverse. 4 units.",
    output: async () => (await import("../../../shared/logos/schema.ts")).LogosOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/logos/handler.ts").then((m) => m.logosHandler)
    ),
  }, options);

export default createGenerateLogosApp();
