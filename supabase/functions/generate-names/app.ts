import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";
import { NamesInputSchema } from "../../../shared/names/schema.ts";

export const createGenerateNamesApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-names",
    kind: "names",
    body: NamesInputSchema,
    description:
      "Brand name candidates from a brief, scored (length, pronounceability, distinctiveness). 1 unit.",
    output: async () => (await import("../../../shared/names/schema.ts")).NamesOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/names/handler.ts").then((m) => m.namesHandler)
    ),
  }, options);

export default createGenerateNamesApp();
