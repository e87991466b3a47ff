import { z } from "@hono/zod-openapi";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { BriefSchema } from "../brief.ts";
import { MAX_BASE_COLORS } from "./offline_spec.ts";
import { ColorsOutputSchema, HexSchema, PaletteSpecSchema } from "./schema.ts";

/** The body of generate-colors: a brief and/or a brand name, plus what to keep. */
export const ColorsInputSchema = z.object({
  brief: BriefSchema.optional(),
  brand_name: z.string().trim().min(1).max(60).optional(),
  mood: z.string().trim().min(2).max(40).optional().describe('e.g. "calm", "bold", "playful"'),
  base_colors: z.array(HexSchema).max(MAX_BASE_COLORS).optional()
    .describe("Colors to keep exactly, in role order: primary, secondary, then accents"),
  accent_count: z.number().int().min(0).max(4).default(1),
  analysis: BriefAnalysisSchema.optional()
    .describe("The brief's analysis, when a package already made it"),
}).strict().refine((v) => v.brief !== undefined || v.brand_name !== undefined, {
  message: "give a brief, a brand_name or both",
  path: ["brief"],
}).openapi("ColorsInput");

export type ColorsInput = z.output<typeof ColorsInputSchema>;

/** What a model answers: hues and chroma (our math does the rest) and why. */
export const ColorsAiAnswerSchema = z.object({
  spec: PaletteSpecSchema,
  rationale: z.string().min(1).max(1200),
}).strict();

export { ColorsOutputSchema };
