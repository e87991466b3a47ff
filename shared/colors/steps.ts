/**
 * The palette's fixed shape: its scale steps and how many accents it may have. Apart from the
 * color math (culori), so the API schemas and the OpenAPI document load without it.
 */
export const SCALE_STEPS = [
  "50",
  "100",
  "200",
  "300",
  "400",
  "500",
  "600",
  "700",
  "800",
  "900",
  "950",
] as const;

export type ScaleStep = typeof SCALE_STEPS[number];
export type Scale = Record<ScaleStep, string>;

export const MAX_ACCENTS = 4;
