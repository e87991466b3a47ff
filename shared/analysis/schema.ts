import { z } from "../zod.ts";

/**
 * Brand personalities the creative engine steers by: type, palette, marks and voice all key
 * off these. Ordered roughly from soft to formal; a brief gets one to three.
 */
export const PERSONALITIES = [
  "playful",
  "friendly",
  "caring",
  "calm",
  "natural",
  "artisanal",
  "rugged",
  "bold",
  "technical",
  "modern",
  "premium",
  "classic",
] as const;
export const PersonalitySchema = z.enum(PERSONALITIES);
export type Personality = z.infer<typeof PersonalitySchema>;

/** A concrete thing the brand can show (lantern, bicycle, tooth), with words that relate to it. */
export const ConceptSchema = z.object({
  term: z.string().min(1).max(40).describe("a depictable noun, singular, lower case"),
  related: z.array(z.string().min(1).max(40)).max(24).describe(
    "synonyms, parts, hypernyms and associated words (icon search and name roots)",
  ),
  weight: z.number().min(0).max(1).describe("how central the concept is to the brief"),
}).openapi("Concept");
export type Concept = z.infer<typeof ConceptSchema>;

/** One reading of the brief, made once per package and used by every stage. */
export const BriefAnalysisSchema = z.object({
  version: z.string().describe("analysis engine version (offline) or prompt version (AI)"),
  source: z.string().describe('"offline" or the AI provider that made it'),
  industry: z.string().describe(
    "industry id from the color research set (e.g. food, health, mobility) or general",
  ),
  offerings: z.array(z.string().min(1).max(80)).min(1).max(8).describe(
    'what is sold or done, as noun phrases ("solar lanterns", "bike repairs")',
  ),
  benefits: z.array(z.string().min(1).max(80)).max(8).describe(
    'what the customer gets, as short verb or noun phrases ("light that lasts the night")',
  ),
  audience: z.array(z.string().min(1).max(80)).max(6).describe('who buys ("hikers", "parents")'),
  place: z.string().max(80).nullable().describe("a city, region or setting named in the brief"),
  personality: z.array(PersonalitySchema).min(1).max(3),
  concepts: z.array(ConceptSchema).min(1).max(12).describe("most central first"),
}).openapi("BriefAnalysis");
export type BriefAnalysis = z.infer<typeof BriefAnalysisSchema>;
