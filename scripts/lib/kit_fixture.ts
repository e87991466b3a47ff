/**
 * A finished brand package as the offline generators make it (palette, 4 marks, names with
 * domain verdicts, taglines), for scripts that build a kit without the stack: scripts/bench
 * kit and scripts/render-kit.
 */
import { offlinePaletteSpec } from "../../shared/colors/offline_spec.ts";
import { buildPalette } from "../../shared/colors/palette.ts";
import type { BrandKitInput } from "../../shared/kit/input.ts";
import { logoPalette } from "../../shared/kit/logos.ts";
import { loadBrandFonts } from "../../shared/logos/fonts.ts";
import {
  initialsOf,
  OFFLINE_MODEL,
  OFFLINE_PROVIDER,
  offlineMarks,
  offlinePromptVersion,
} from "../../shared/logos/marks.ts";
import { generateNamesOffline } from "../../shared/names/offline.ts";
import { NamesInputSchema } from "../../shared/names/schema.ts";
import { generateTaglinesOffline } from "../../shared/taglines/offline.ts";
import { TaglinesInputSchema } from "../../shared/taglines/schema.ts";

export const BRIEF = {
  description: "A sailing school for adults on the North Sea coast: small groups, calm " +
    "instructors and weekend courses from first knots to the skipper's licence.",
  industry: "education",
  keywords: ["sailing", "sea", "coast"],
};

/** A package as the offline generators make it: palette, 4 marks, names, taglines. */
export async function offlinePackage(
  name: string,
  brief: { description: string; industry?: string; keywords?: string[] } = BRIEF,
): Promise<BrandKitInput> {
  const palette = buildPalette(offlinePaletteSpec({ ...brief, name }));
  const fonts = await loadBrandFonts(`${name}${initialsOf(name)}`);
  const marks = offlineMarks(
    { brand_name: name, style: "minimal", brief, palette: logoPalette(palette), count: 4 },
    { font: fonts },
  );
  const names = generateNamesOffline(NamesInputSchema.parse({ brief, count: 12 }));
  const offline = { provider: "offline", model: "offline" };
  const taglines = generateTaglinesOffline(
    TaglinesInputSchema.parse({ brand_name: name, brief, count: 8 }),
  );
  return {
    brand: { name, description: brief.description, tagline: taglines[0]?.text },
    palette,
    logos: marks.map((mark, i) => ({
      id: `logo-${i + 1}`,
      concept: mark.concept,
      svg: mark.svg,
      provider: OFFLINE_PROVIDER,
      model: OFFLINE_MODEL,
      prompt_version: offlinePromptVersion(),
    })),
    names,
    domains: names.flatMap((n) =>
      ["com", "io", "co", "ai", "app"].map((tld) => ({
        domain: `${n.name.toLowerCase().replace(/[^a-z0-9]/g, "")}.${tld}`,
        name: n.name,
        tld,
        status: "unknown" as const,
        source: "rdap" as const,
        server: null,
        checked_at: "2026-01-01T00:00:00.000Z",
      }))
    ),
    taglines,
    provenance: {
      names: offline,
      domains: { provider: "rdap", model: "iana-bootstrap" },
      colors: offline,
      logos: offline,
      taglines: offline,
    },
    generated_at: "2026-01-01T00:00:00.000Z",
  };
}
