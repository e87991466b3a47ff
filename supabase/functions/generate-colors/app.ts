import { ColorsInputSchema } from "../../../shared/colors/schema.ts";
import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";

export const createGenerateColorsApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-colors",
    kind: "colors",
    body: ColorsInputSchema,
    description:
      "A palette with roles, OKLCH scales, light and dark themes, and WCAG AA for every text/background pair. 1 unit.",
    output: async () => (await import("../../../shared/colors/schema.ts")).ColorsOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/colors/handler.ts").then((m) => m.colorsHandler)
    ),
  }, options);

export default createGenerateColorsApp();
