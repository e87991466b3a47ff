/**
 * The kit's renders, in steps: every raster image of the kit (logo PNGs, app and web icons,
 * social images, the guidelines' tiles) and none of its documents. A cold isolate cannot make
 * a whole kit inside one request's CPU budget, so the export (export.ts) runs one step per
 * request, keeping what each made, and then buildBrandKit makes the documents from the kept
 * renders without rasterizing anything. The render steps load resvg (and satori) but never
 * pdf-lib.
 */
import { wordmarkStyle } from "../type/families.ts";
import { fontRef, type KitType, kitType } from "./font.ts";
import { type BrandKitInput, BrandKitInputSchema, type KitInput } from "./input.ts";
import { type KitLogos, kitLogos } from "./logos.ts";
import { tileRenders } from "./pdf/tiles.ts";
import { RenderCache } from "./render_cache.ts";
import { renderFiles } from "./render_files.ts";
import { socialFiles } from "./social_files.ts";
import { webFiles } from "./web_files.ts";

/** What every part of a build starts from: the checked input, its typefaces and logo art. */
export interface KitParts {
  readonly input: KitInput;
  readonly type: KitType;
  readonly logos: KitLogos;
}

/** Throws a ZodError on invalid input, UnsafeSvgError on a mark the sanitizer cannot parse. */
export async function kitParts(raw: BrandKitInput): Promise<KitParts> {
  const input = BrandKitInputSchema.parse(raw);
  const type = await kitType(input);
  const logos = kitLogos(input, type.nameFonts, {
    style: wordmarkStyle(type.heading),
    fontRef: fontRef(type.heading),
  });
  return { input, type, logos };
}

type Step = (parts: KitParts, cache: RenderCache) => Promise<unknown>;

/**
 * The render steps, in the export's order, each made by the code buildBrandKit runs (so it
 * finds every render kept). Split where scripts/bench kit shows each step of a cold isolate
 * well inside the budget: the mark and name artwork (resvg set up, 25 PNGs), then the social
 * images (satori set up, covers and profile pictures).
 */
export const RENDER_STEPS = {
  marks: async ({ input, logos }, cache) => {
    const rendered = await renderFiles(input, logos, cache.render);
    await webFiles(input, logos, rendered, cache.render);
    await tileRenders(logos, cache.render);
  },
  social: ({ input, logos, type }, cache) => socialFiles(input, logos, type, cache),
} as const satisfies Record<string, Step>;

export type RenderStep = keyof typeof RENDER_STEPS;
export const RENDER_STEP_NAMES = Object.keys(RENDER_STEPS) as RenderStep[];

/** The renders of `steps` (all by default) that buildBrandKit would make for `raw`. */
export async function kitRenders(
  raw: BrandKitInput,
  steps: readonly RenderStep[] = RENDER_STEP_NAMES,
): Promise<RenderCache> {
  const parts = await kitParts(raw);
  const cache = new RenderCache();
  for (const step of steps) await RENDER_STEPS[step](parts, cache);
  return cache;
}
