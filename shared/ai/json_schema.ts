import { z } from "zod";

const cache = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * The JSON Schema of what the model must emit: the schema's input side, since the answer is
 * what zod will parse. Computed once per schema object; request paths reuse their schemas.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
    delete json.$schema;
    cache.set(schema, json);
  }
  return json;
}
