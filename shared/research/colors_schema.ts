/** The shape of the color research set, checked on every override. */
import { z } from "zod";

export const HARMONIES = [
  "complementary",
  "analogous",
  "triadic",
  "split_complementary",
  "tetradic",
  "monochromatic",
] as const;

export type HarmonyName = typeof HARMONIES[number];

const hue = z.number().min(0).max(360);
const HueRangeSchema = z.object({ from: hue, to: hue });
const StepSchema = z.object({ offset: z.number(), chroma: z.number().min(0) });
const chroma = z.number().min(0).max(0.37);

const MoodSchema = z.object({
  id: z.string().min(1),
  triggers: z.array(z.string().min(1)),
  chroma: z.tuple([chroma, chroma]),
  neutralChroma: z.number().min(0).max(0.06),
  harmonies: z.array(z.enum(HARMONIES)).min(1),
  hues: z.array(HueRangeSchema).min(1),
  why: z.string(),
});

export const ColorResearchSchema = z.object({
  harmonies: z.record(
    z.enum(HARMONIES),
    z.object({
      name: z.enum(HARMONIES),
      description: z.string(),
      secondary: StepSchema,
      accents: z.tuple([StepSchema, StepSchema, StepSchema, StepSchema]),
    }),
  ),
  hueNames: z.array(z.object({ name: z.string().min(1), hue })).min(1),
  industries: z.array(z.object({
    id: z.string().min(1),
    triggers: z.array(z.string().min(1)).min(1),
    hues: z.array(HueRangeSchema).min(1),
    why: z.string(),
  })),
  moods: z.array(MoodSchema),
  defaultMood: MoodSchema,
});
