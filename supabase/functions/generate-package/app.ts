import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";
import { PackageInputSchema } from "../../../shared/package/schema.ts";

export const createGeneratePackageApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "generate-package",
    kind: "package",
    body: PackageInputSchema,
    description:
      "A whole brand package: names, domains, the best name, then logos, colors and taglines in parallel. Always 202: follow Location (or subscribe to the generations row). 10 units.",
    output: async () => (await import("../../../shared/package/output.ts")).PackageOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/package/handler.ts").then((m) => m.packageHandler)
    ),
    alwaysAsync: true,
  }, options);

export default createGeneratePackageApp();
