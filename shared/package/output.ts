/**
 * The `output` of a package generation: every stage's output in one. Apart from the input
 * (schema.ts) because it is built from every domain's schemas, which generate-package needs
 * only for its OpenAPI document (shared/http/openapi.ts `documented`).
 */
import { z } from "../zod.ts";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { PaletteSchema } from "../colors/schema.ts";
import { DOMAIN_STATUSES, DomainResultSchema } from "../domains/schema.ts";
import { LogoConceptSchema, WordmarkSchema } from "../logos/schema.ts";
import { TaglineSchema } from "../taglines/schema.ts";
import { TypographySchema } from "../type/schema.ts";
import { STAGES } from "./schema.ts";

export const StageRecordSchema = z.object({
  stage: z.enum(STAGES),
  generation_id: z.uuid().nullable(),
  status: z.literal("succeeded"),
  provider: z.string().nullable(),
  fell_back: z.boolean().describe("True when the stage's result came from its offline generator"),
  runs: z.number().int().describe("Workers this stage needed (a failed run is retried offline)"),
}).openapi("PackageStage");

export type StageRecord = z.output<typeof StageRecordSchema>;

export const RankedNameSchema = z.object({
  name: z.string(),
  score: z.number(),
  name_score: z.number(),
  domain_bonus: z.number(),
  domains: z.array(
    z.object({ domain: z.string(), tld: z.string(), status: z.enum(DOMAIN_STATUSES) }),
  ),
}).openapi("RankedName");

export type RankedName = z.output<typeof RankedNameSchema>;

/** The `output` of a package generation. */
export const PackageOutputSchema = z.object({
  analysis: BriefAnalysisSchema.describe("The one reading of the brief every stage worked from"),
  name: z.string(),
  tagline: z.string().nullable(),
  names: z.array(RankedNameSchema).describe(
    "Candidates ranked by score and domains (empty when a name was given)",
  ),
  domains: z.array(DomainResultSchema),
  palette: PaletteSchema,
  palette_rationale: z.string(),
  logos: z.array(LogoConceptSchema),
  wordmark: WordmarkSchema.nullable(),
  typography: TypographySchema,
  taglines: z.array(TaglineSchema),
  stages: z.array(StageRecordSchema),
}).openapi("PackageOutput");

export type PackageOutput = z.output<typeof PackageOutputSchema>;
