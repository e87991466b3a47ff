/** The shape of the taglines research set, checked on every override; and the API's tones. */
import { z } from "zod";

export const TAGLINE_TONES = [
  "friendly",
  "bold",
  "playful",
  "premium",
  "calm",
  "professional",
] as const;

export type TaglineTone = typeof TAGLINE_TONES[number];

const someWords = z.array(z.string().min(1)).min(1);

export const TaglineResearchSchema = z.object({
  tones: z.array(z.enum(TAGLINE_TONES)).min(1),
  toneSynonyms: z.record(z.enum(TAGLINE_TONES), someWords),
  lexicon: z.record(
    z.enum(TAGLINE_TONES),
    z.object({
      adjectives: someWords,
      comparatives: someWords,
      verbs: someWords,
      moves: someWords,
      benefits: someWords,
      closers: someWords,
      qualities: someWords,
      pains: someWords,
    }),
  ),
  fallbackAudiences: someWords,
  fallbackNouns: someWords,
  formulas: z.array(z.object({
    id: z.string().min(1),
    pattern: z.string().min(1),
    rationale: z.string(),
    example: z.string(),
  })).min(1),
  cliches: z.array(z.string()),
});
