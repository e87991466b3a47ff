/**
 * An app's OpenAPI 3.1 document from its recorded routes (openapi_app.ts). Loaded on the
 * first request for /openapi.json, and by scripts/openapi.ts, never at start-up. The
 * generator's ES module build is imported directly: its package points Deno at CommonJS.
 */
// @ts-types="npm:@asteasolutions/zod-to-openapi@9.1.0"
import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { mergePath } from "hono/utils/url";
import type { Definition } from "./openapi_app.ts";

type Config = Parameters<OpenApiGeneratorV31["generateDocument"]>[0];

export function openApiDocument(
  app: { basePath: string; definitions: readonly Definition[] },
  config: Config,
) {
  const registry = new OpenAPIRegistry();
  for (const d of app.definitions) {
    if (d.type === "route") {
      registry.registerPath({ ...d.route, path: mergePath(app.basePath, d.route.path) });
    } else registry.registerComponent(d.componentType, d.name, { ...d.component });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument(config);
}
