import { z } from "./zod.ts";

/** The shared input of every generation: a short business brief. */
export const BriefSchema = z.object({
  description: z.string().trim().min(10).max(2000).describe(
    "What the business does, in plain words.",
  ),
  industry: z.string().trim().min(2).max(80).optional(),
  keywords: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
  tone: z.string().trim().min(2).max(40).optional(),
  audience: z.string().trim().min(2).max(200).optional(),
  locale: z.string().regex(
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    "must be a BCP 47 tag like en or pt-BR",
  )
    .optional(),
  avoid: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
}).strict().openapi("Brief");

export type Brief = z.infer<typeof BriefSchema>;
