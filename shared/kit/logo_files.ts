/**
 * logos/: the SVG artwork under stable file names. Every file is passed through the
 * sanitizer once more on the way out, so whatever composed it, the kit only ships SVG the
 * allowlist accepts.
 */
import { sanitizeSvg } from "../logos/sanitize_svg.ts";
import type { SvgAsset } from "../logos/svg.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE, textFile } from "./kit_file.ts";
import type { KitLogos, Variants } from "./logos.ts";

/** `logos/<kind>-<variant>.svg`, e.g. logos/lockup-horizontal-mono.svg. */
const svgPath = (kind: string, variant: string) => `logos/${kind}-${variant}.svg`;

/** A file-name-safe form of a concept ("Monogram badge" → monogram-badge). */
function slug(text: string): string {
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "mark";
}

export function logoFiles(input: KitInput, logos: KitLogos): KitFile[] {
  const primary = logoRef(input.logos[0]);
  // Mono and inverse variants, and the name in every lockup, are painted in palette colors.
  const colors = STAGE.colors;
  const font = logos.fontRef;
  const svgFile = (path: string, asset: SvgAsset, madeBy: readonly string[]) =>
    textFile(path, sanitizeSvg(asset.svg).svg, madeBy);
  const variants = (kind: string, set: Variants | undefined, madeBy: readonly string[]) =>
    Object.entries(set ?? {}).map(([variant, asset]) =>
      svgFile(svgPath(kind, variant), asset, madeBy)
    );
  return [
    ...variants("icon", logos.icon, [primary, colors]),
    ...variants("wordmark", logos.wordmark, [font, colors]),
    ...variants("lockup-horizontal", logos.lockups?.horizontal, [primary, font, colors]),
    ...variants("lockup-stacked", logos.lockups?.stacked, [primary, font, colors]),
    // Numbered as in the package (the primary is 1), so names stay unique and in order.
    ...logos.alternates.map(({ logo, svg }, i) =>
      svgFile(`logos/alternates/${i + 2}-${slug(logo.concept)}.svg`, svg, [logoRef(logo)])
    ),
  ];
}
