/**
 * zod with `.openapi(…)` for OpenAPI names and examples, as @hono/zod-openapi exports it.
 * The extension comes from the ES module build of @asteasolutions/zod-to-openapi: the
 * package's own entry point is CommonJS to Deno, which costs every cold start ~20 ms.
 * The document generator lives in the same module (shared/http/openapi_document.ts).
 */
// @ts-types="npm:@asteasolutions/zod-to-openapi@9.1.0"
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

extendZodWithOpenApi(z);

export { z };
