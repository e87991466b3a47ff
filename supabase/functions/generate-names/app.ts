import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { namesHandler } from "../../../shared/names/handler.ts";
import { NamesInputSchema, NamesOutputSchema } from "../../../shared/names/schema.ts";

export const createGenerateNamesApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-names",
    kind: "names",
    body: NamesInputSchema,
    description:
      "Brand name candidates from a brief, scored (length, pronounceability, distinctiveness). 1 unit.",
    output: NamesOutputSchema,
    handler: namesHandler,
  }, options);

export default createGenerateNamesApp();
