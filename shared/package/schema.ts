import { z } from "../zod.ts";
import { BriefSchema } from "../brief.ts";
import { DomainCheckRequestSchema, refineDomainName } from "../domains/schema.ts";
import { LogoStyleSchema } from "../logos/schema.ts";

export type { PackageOutput, RankedName, StageRecord } from "./output.ts";

/** The body of generate-package. */
export const PackageInputSchema = z.object({
  brief: BriefSchema,
  name: z.string().trim().min(1).max(60).superRefine(refineDomainName).optional()
    .describe(
      "A name already chosen: naming is skipped and only its domains are checked. It must make " +
        "a domain label by check-domains' rules (letters or digits; not only symbols or emoji).",
    ),
  tlds: DomainCheckRequestSchema.shape.tlds,
  logo_style: LogoStyleSchema.default("minimal"),
  name_count: z.number().int().min(1).max(20).default(8),
  logo_count: z.number().int().min(1).max(8).default(3),
  tagline_count: z.number().int().min(1).max(12).default(6),
}).strict().openapi("PackageInput");

export type PackageInput = z.output<typeof PackageInputSchema>;

export const STAGES = ["names", "domains", "colors", "logos", "taglines"] as const;
export type Stage = typeof STAGES[number];
