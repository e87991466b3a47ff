/** The answers of /generations, for its OpenAPI document (loaded when one is built). */
import { z } from "../../../shared/zod.ts";
import { ColorsOutputSchema } from "../../../shared/colors/schema.ts";
import { DomainsOutputSchema } from "../../../shared/domains/schema.ts";
import { GenerationEnvelope } from "../../../shared/generation/envelope_schema.ts";
import { LogosOutputSchema } from "../../../shared/logos/schema.ts";
import { NamesOutputSchema } from "../../../shared/names/schema.ts";
import { PackageOutputSchema } from "../../../shared/package/output.ts";
import { TaglinesOutputSchema } from "../../../shared/taglines/schema.ts";

/** Any generation: its `output` is the output of its kind (null until it succeeds). */
export const AnyGeneration = GenerationEnvelope.extend({
  output: z.union([
    NamesOutputSchema,
    DomainsOutputSchema,
    LogosOutputSchema,
    ColorsOutputSchema,
    TaglinesOutputSchema,
    PackageOutputSchema,
  ]).nullable().describe("The output of the generation's kind; null until it succeeds"),
}).openapi("Generation");

export const GenerationList = z.object({
  items: z.array(AnyGeneration),
  next_cursor: z.string().nullable(),
})
  .openapi("GenerationList");
