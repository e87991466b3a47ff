/** The shapes of generate-taglines: its request, the model's answer and the output. */
import { z } from "../zod.ts";
import { SourceSchema } from "../ai/source.ts";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { BriefSchema } from "../brief.ts";
import { TAGLINE_TONES } from "../research/taglines_schema.ts";

export const TaglineToneSchema = z.enum(TAGLINE_TONES).openapi("TaglineTone");

export const TaglinesInputSchema = z.object({
  brand_name: z.string().trim().min(1, "must not be empty").max(60, "at most 60 characters")
    .describe("The brand the taglines are for."),
  brief: BriefSchema,
  tone: TaglineToneSchema.optional()
    .describe("One tone for every line; when absent, taken from brief.tone or mixed."),
  count: z.number().int("must be a whole number").min(1, "ask for at least 1 tagline")
    .max(20, "at most 20 taglines per request").default(8),
  max_words: z.number().int("must be a whole number").min(2, "at least 2 words")
    .max(15, "at most 15 words").default(8),
  include_name: z.boolean().default(false)
    .describe("Allow the brand name inside taglines; by default no line mentions it."),
  analysis: BriefAnalysisSchema.optional()
    .describe("The brief's analysis, when a package already made it; read offline otherwise."),
}).strict().openapi("TaglinesInput");

/** The request as the client sends it (defaults optional). */
export type TaglinesRequest = z.input<typeof TaglinesInputSchema>;
/** The request after validation, defaults filled in. */
export type TaglinesInput = z.output<typeof TaglinesInputSchema>;

export const TaglineSchema = z.object({
  text: z.string().min(1).max(200),
  tone: TaglineToneSchema,
  rationale: z.string().min(1).max(400),
}).strict().openapi("Tagline");

export type Tagline = z.infer<typeof TaglineSchema>;

/** The structured answer a model must return for a taglines prompt. */
export const TaglinesAiAnswerSchema = z.object({
  taglines: z.array(TaglineSchema).min(1).max(60),
}).strict().openapi("TaglinesAiAnswer");

export const TaglinesOutputSchema = z.object({
  taglines: z.array(TaglineSchema),
  source: SourceSchema,
}).openapi("TaglinesOutput");

export type TaglinesOutput = z.output<typeof TaglinesOutputSchema>;
