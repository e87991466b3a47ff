import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";
import { TaglinesInputSchema } from "../../../shared/taglines/schema.ts";

export const createGenerateTaglinesApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-taglines",
    kind: "taglines",
    body: TaglinesInputSchema,
    description:
      "Taglines for a brand name and brief, screened for length, name use and clichés. 1 unit.",
    output: async () => (await import("../../../shared/taglines/schema.ts")).TaglinesOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/taglines/handler.ts").then((m) => m.taglinesHandler)
    ),
  }, options);

export default createGenerateTaglinesApp();
