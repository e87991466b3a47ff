/**
 * social/: profile pictures, covers and banners at the sizes of SOCIAL_SIZES, and the Open
 * Graph card. Profile pictures of one pixel size are rendered once and shared; a cover kept in
 * `renders` is found by its layout, without laying it out again.
 */
import { fontRef, type KitType } from "./font.ts";
import { MASKABLE_SCALE, paddedIcon } from "./icon_art.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE } from "./kit_file.ts";
import type { KitLogos } from "./logos.ts";
import { renderPng } from "./render.ts";
import type { RenderCache } from "./render_cache.ts";
import { type BrandArt, coverKey, coverLayout, coverSvg } from "./social.ts";
import { SOCIAL_SIZES } from "./social_sizes.ts";

export function brandArt(input: KitInput, logos: KitLogos): BrandArt {
  const light = input.palette.themes.light;
  return {
    name: input.brand.name,
    tagline: input.brand.tagline,
    mark: logos.icon.color,
    colors: {
      paper: light.background,
      ink: light.text,
      muted: light.text_muted ?? light.text,
      primary: light.primary,
    },
  };
}

export async function socialFiles(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  renders: RenderCache,
): Promise<KitFile[]> {
  const art = brandArt(input, logos);
  const primary = logoRef(input.logos[0]);
  const profile = paddedIcon(art.mark, MASKABLE_SCALE, art.colors.paper);
  const profiles = new Map<number, Uint8Array>();
  const files: KitFile[] = [];
  for (const size of SOCIAL_SIZES) {
    const dimensions = { width: size.width, height: size.height };
    const path = `social/${size.file}.png`;
    if (size.kind === "profile") {
      let png = profiles.get(size.width);
      if (!png) {
        const side = size.width;
        profiles.set(side, png = await renderPng(profile, side, side, renders.render));
      }
      files.push({ path, data: png, madeBy: [primary, STAGE.colors], size: dimensions });
      continue;
    }
    const layout = coverLayout(art, size, type);
    files.push({
      path,
      data: await renders.keyed(coverKey(layout, type), () => coverSvg(layout, type)),
      madeBy: [primary, ...type.faces.map((f) => fontRef(f.family)), STAGE.colors, STAGE.taglines],
      size: dimensions,
    });
  }
  return files;
}
