import { z } from "../zod.ts";

/** Where a generation's result came from, as recorded in its output. */
export const SourceSchema = z.object({
  provider: z.string().describe('The provider that answered, or "offline"'),
  model: z.string(),
  prompt_version: z.string(),
  research_version: z.string().describe("Content hash of the research set the prompt used"),
  rounds: z.number().int().describe("Rounds of asking the model"),
}).openapi("Source");

export type Source = z.output<typeof SourceSchema>;
