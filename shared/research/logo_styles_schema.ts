/** The shape of the logo style research set, checked on every override; and the API's styles. */
import { z } from "zod";

export const LOGO_STYLES = [
  "minimal",
  "geometric",
  "lettermark",
  "wordmark",
  "emblem",
  "mascot",
  "abstract",
] as const;

export type LogoStyle = typeof LOGO_STYLES[number];

/** The kinds of offline mark shared/logos/concepts.ts can draw. */
export const OFFLINE_CONCEPTS = [
  "monogram-badge",
  "letter-cut",
  "mosaic",
  "stacked-shapes",
  "radial-burst",
  "orbit",
  "interlock",
  "split-disc",
] as const;
export type OfflineConcept = typeof OFFLINE_CONCEPTS[number];

/** The badge outlines letter marks can sit in. */
export const BADGE_SHAPES = ["circle", "rounded-square", "hexagon", "shield", "diamond"] as const;
export type BadgeShape = typeof BADGE_SHAPES[number];

const someWords = z.array(z.string().min(1)).min(1);

export const LogoStyleResearchSchema = z.object({
  styles: z.record(
    z.enum(LOGO_STYLES),
    z.object({
      style: z.enum(LOGO_STYLES),
      label: z.string(),
      summary: z.string(),
      prompt: z.object({
        subject: z.string().min(1),
        traits: someWords,
        composition: z.string(),
        avoid: z.array(z.string()),
      }),
      offline: z.object({
        concepts: z.array(z.enum(OFFLINE_CONCEPTS)).min(1),
        badgeShapes: z.array(z.enum(BADGE_SHAPES)).min(1),
      }),
      wordmark: z.object({
        weight: z.literal([400, 500, 600, 700, 800]),
        letterSpacing: z.number(),
        textCase: z.enum(["as-is", "upper", "lower"]),
      }),
    }),
  ),
});
