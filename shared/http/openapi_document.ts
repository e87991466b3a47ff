/**
 * An app's OpenAPI 3.1 document from its recorded routes (openapi_app.ts). Loaded on the
 * first request for /openapi.json, and by scripts/openapi.ts, never at start-up. The
 * generator's ES module build is imported directly: its package points Deno at CommonJS.
 */
// @ts-types="npm:@asteasolutions/zod-to-openapi@9.1.0"
import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { mergePath } from "hono/utils/url";
import type { RouteConfig } from "@hono/zod-openapi";
import { type Definition, DocumentedSchema } from "./openapi_app.ts";

type Config = Parameters<OpenApiGeneratorV31["generateDocument"]>[0];

export async function openApiDocument(
  app: { basePath: string; definitions: readonly Definition[] },
  config: Config,
) {
  const registry = new OpenAPIRegistry();
  for (const d of app.definitions) {
    if (d.type === "route") {
      const route = await withDocumentedSchemas(d.route);
      registry.registerPath({ ...route, path: mergePath(app.basePath, route.path) });
    } else registry.registerComponent(d.componentType, d.name, { ...d.component });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument(config);
}

interface Media {
  schema?: unknown;
}
interface Response {
  content?: Record<string, Media>;
}

/** The route with its `documented` response schemas loaded (openapi.ts). */
async function withDocumentedSchemas(route: RouteConfig): Promise<RouteConfig> {
  const responses: Record<string, Response> = {};
  for (const [status, response] of Object.entries(route.responses as Record<string, Response>)) {
    const content: Record<string, Media> = {};
    for (const [type, media] of Object.entries(response.content ?? {})) {
      content[type] = media.schema instanceof DocumentedSchema
        ? { ...media, schema: await media.schema.load() }
        : media;
    }
    responses[status] = response.content ? { ...response, content } : response;
  }
  return { ...route, responses } as RouteConfig;
}
