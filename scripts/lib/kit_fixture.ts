/**
 * A finished brand package as the offline generators make it (brief analysis, type choice,
 * palette, 4 marks with what they depict, names with domain verdicts, taglines), for scripts
 * and tests that build a kit without the stack: scripts/bench kit and scripts/render-kit.
 */
import { analyzeBrief } from "../../shared/analysis/offline.ts";
import { offlinePaletteSpec } from "../../shared/colors/offline.ts";
import { buildPalette } from "../../shared/colors/palette.ts";
import type { BrandKitInput } from "../../shared/kit/input.ts";
import { logoPalette } from "../../shared/kit/logos.ts";
import { initialsOf, OFFLINE_PROVIDER, offlinePromptVersion } from "../../shared/logos/offline.ts";
import { logoMarks } from "../../shared/marks/logo_marks.ts";
import { generateNamesOffline } from "../../shared/names/offline.ts";
import { NamesInputSchema } from "../../shared/names/schema.ts";
import { bundledResearch } from "../../shared/research/bundled.ts";
import { generateTaglinesOffline } from "../../shared/taglines/offline.ts";
import { TaglinesInputSchema } from "../../shared/taglines/schema.ts";
import { chooseType } from "../../shared/type/choose.ts";
import { loadHeadingFonts } from "../../shared/type/fonts.ts";

export const BRIEF = {
  description: "A sailing school for adults on the North Sea coast: small groups, calm " +
    "instructors and weekend courses from first knots to the skipper's licence.",
  industry: "education",
  keywords: ["sailing", "sea", "coast"],
};

/** A package as the offline generators make it, with the typography its logos stage records. */
export async function offlinePackage(
  name: string,
  brief: { description: string; industry?: string; keywords?: string[] } = BRIEF,
): Promise<BrandKitInput> {
  const colors = await bundledResearch("colors");
  const naming = await bundledResearch("naming");
  const taglineResearch = await bundledResearch("taglines");
  const logoStyles = await bundledResearch("logo_styles");
  const analysis = analyzeBrief(brief);
  const type = chooseType(analysis);
  const palette = buildPalette(offlinePaletteSpec({ ...brief, name }, colors));
  const heading = await loadHeadingFonts(type.heading, `${name}${initialsOf(name)}`);
  const marks = await logoMarks(
    { brand_name: name, style: "minimal", brief, palette: logoPalette(palette), count: 4 },
    {
      analysis,
      palette: logoPalette(palette),
      fonts: heading.fonts,
      research: logoStyles,
      ids: "m",
    },
  );
  const names = generateNamesOffline(
    NamesInputSchema.parse({ brief, count: 12 }),
    analysis,
    naming,
  );
  const offline = { provider: "offline", model: "offline" };
  const taglines = generateTaglinesOffline(
    TaglinesInputSchema.parse({ brand_name: name, brief, count: 8 }),
    analysis,
    taglineResearch,
  );
  return {
    brand: { name, description: brief.description, tagline: taglines[0]?.text },
    palette,
    logos: marks.map((mark, i) => ({
      id: `logo-${i + 1}`,
      concept: mark.concept,
      svg: mark.svg,
      provider: OFFLINE_PROVIDER,
      model: mark.model,
      prompt_version: offlinePromptVersion(logoStyles),
      depicts: mark.depicts,
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
    typography: { heading: heading.family.id, body: type.body.id },
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
