/** The shapes of generate-names: its request, the model's answer and the scored output. */
import { z } from "../zod.ts";
import { SourceSchema } from "../ai/source.ts";
import { BriefAnalysisSchema } from "../analysis/schema.ts";
import { BriefSchema } from "../brief.ts";
import { NAME_STYLES, type NameStyle } from "../research/naming_schema.ts";

export const NameStyleSchema = z.enum(NAME_STYLES).openapi("NameStyle");

/** Acronyms are left out by default: initials rarely make a strong name for a new brand. */
export const DEFAULT_NAME_STYLES: readonly NameStyle[] = NAME_STYLES.filter((s) => s !== "acronym");

const nameItem = z.string().trim().min(1, "must not be empty").max(60, "at most 60 characters");

const avoidWord = z.string().trim().min(1, "must not be empty").max(40, "at most 40 characters");

export const NamesInputSchema = z.object({
  brief: BriefSchema,
  count: z.number().int("must be a whole number").min(1, "ask for at least 1 name")
    .max(50, "at most 50 names per request").default(12),
  styles: z.array(NameStyleSchema).min(1, "pick at least one style")
    .refine((styles) => new Set(styles).size === styles.length, "styles must not repeat")
    .default([...DEFAULT_NAME_STYLES])
    .describe("Naming strategies to use, tried in this order."),
  min_length: z.number().int("must be a whole number").min(2, "at least 2")
    .max(20, "at most 20").default(4)
    .describe("Fewest letters and digits in a name (spaces and punctuation do not count)."),
  max_length: z.number().int("must be a whole number").min(2, "at least 2")
    .max(30, "at most 30").default(12)
    .describe("Most letters and digits in a name (spaces and punctuation do not count)."),
  avoid: z.array(avoidWord).max(50, "at most 50 words to avoid").default([])
    .describe("Words no name may contain, on top of brief.avoid."),
  exclude: z.array(nameItem).max(200, "at most 200 names to exclude").default([])
    .describe("Names never to return (for example, names already shown), ignoring case."),
  like: z.array(nameItem).max(10, "at most 10 names to riff on").default([])
    .describe(
      '"More like this": names whose roots, sounds and styles the new names riff on. ' +
        "They are never returned themselves.",
    ),
  analysis: BriefAnalysisSchema.optional()
    .describe("The brief's analysis, when a package already made it; read offline otherwise."),
}).strict().refine((input) => input.min_length <= input.max_length, {
  message: "min_length (default 4) must not exceed max_length (default 12)",
  path: ["min_length"],
}).openapi("NamesInput");

/** The request as the client sends it (defaults optional). */
export type NamesRequest = z.input<typeof NamesInputSchema>;
/** The request after validation, defaults filled in. */
export type NamesInput = z.output<typeof NamesInputSchema>;

export const NameCandidateSchema = z.object({
  name: z.string().min(1).max(60),
  style: NameStyleSchema,
  rationale: z.string().min(1).max(400),
}).strict();

/** The structured answer a model must return for a names prompt. */
export const NamesAiAnswerSchema = z.object({
  names: z.array(NameCandidateSchema).min(1).max(100),
}).strict().openapi("NamesAiAnswer");

export type NameCandidate = z.infer<typeof NameCandidateSchema>;

const part = z.number().int().min(0).max(100);

export const NameScoreSchema = z.object({
  total: part.describe("Weighted sum of the parts."),
  length: part,
  pronounceability: part,
  distinctiveness: part,
}).openapi("NameScore");

export const NameFlagsSchema = z.object({
  hard_to_spell: z.boolean(),
  looks_like_common_brand: z.boolean(),
  dictionary_word: z.boolean(),
}).openapi("NameFlags");

export const NameRootSchema = z.object({
  root: z.string().describe('The piece of the name ("lux", "lantern", "gar").'),
  from: z.string().describe("The concept or related word of the brief it comes from."),
  language: z.string().describe('ISO 639-1 code of the root ("en", "la", "el", "pt" …).'),
}).openapi("NameRoot");
export type NameRoot = z.infer<typeof NameRootSchema>;

export const NameCollisionSchema = z.object({
  kind: z.enum(["brand", "offensive", "meaning"]),
  match: z.string().describe("The brand or word the name collides with."),
  language: z.string().optional().describe("Languages of the word, comma-separated."),
  meaning: z.string().optional().describe("What the word means there."),
}).openapi("NameCollision");
export type NameCollision = z.infer<typeof NameCollisionSchema>;

export const ScoredNameSchema = NameCandidateSchema.extend({
  score: NameScoreSchema,
  flags: NameFlagsSchema,
  roots: z.array(NameRootSchema).describe("The brief's words and roots the name is built on."),
  collisions: z.array(NameCollisionSchema).describe(
    "Well-known brands, offensive words and unfortunate foreign meanings the name contains; " +
      "names with any are ranked after clean ones.",
  ),
}).openapi("ScoredName");

export const NamesOutputSchema = z.object({
  names: z.array(ScoredNameSchema),
  source: SourceSchema,
}).openapi("NamesOutput");

export type NamesOutput = z.output<typeof NamesOutputSchema>;

export type NameScore = z.infer<typeof NameScoreSchema>;
export type NameFlags = z.infer<typeof NameFlagsSchema>;
export type ScoredName = z.infer<typeof ScoredNameSchema>;
