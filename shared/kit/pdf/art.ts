/**
 * The artwork print designs use, each as its SVG and the path of its PNG render, with the
 * icon standing in when the name could not be set (no wordmark, no lockups).
 */
import { contrastRatio, WCAG_AA } from "../../colors/contrast.ts";
import type { SvgAsset } from "../../logos/svg.ts";
import { nameKey } from "../../names/normalize.ts";
import type { KitInput } from "../input.ts";
import type { KitLogos } from "../logos.ts";

export interface Art {
  readonly svg: SvgAsset;
  readonly png: string;
  /** Height over width. */
  readonly ratio: number;
}

export interface PrintArt {
  readonly name: string;
  readonly tagline?: string;
  readonly domain: string;
  readonly colors: {
    readonly paper: string;
    readonly ink: string;
    readonly muted: string;
    readonly primary: string;
    /** The card front's field: the primary when the knockout reads on it, else the ink. */
    readonly field: string;
  };
  /** Horizontal lockup for light paper. */
  readonly lockup: Art;
  /** The same as a knockout for dark paper. */
  readonly lockupInverse: Art;
  readonly icon: Art;
}

/** Height over width under which a card uses the stacked lockup. */
const MIN_HORIZONTAL_RATIO = 0.22;

const art = (svg: SvgAsset, png: string): Art => ({ svg, png, ratio: svg.height / svg.width });

/**
 * The brand's web address for contact placeholders: the .com of the brand's name, or the
 * first domain checked for it.
 */
export function brandDomain(input: KitInput): string {
  const key = nameKey(input.brand.name);
  const own = input.domains.filter((d) => nameKey(d.name) === key);
  return (own.find((d) => d.tld === "com") ?? own[0])?.domain ?? `${key || "example"}.com`;
}

export function printArt(input: KitInput, logos: KitLogos): PrintArt {
  const light = input.palette.themes.light;
  // 512 px is over 1,400 dpi at the sizes print sets the icon; 1024 only costs CPU.
  const icon = art(logos.icon.color, "logos/png/icon-512.png");
  const horizontal = logos.lockups?.horizontal;
  return {
    name: input.brand.name,
    tagline: input.brand.tagline,
    domain: brandDomain(input),
    colors: {
      paper: light.background,
      ink: light.text,
      muted: light.text_muted ?? light.text,
      primary: light.primary,
      field: contrastRatio(light.background, light.primary) >= WCAG_AA ? light.primary : light.text,
    },
    lockup: horizontal ? art(horizontal.color, "logos/png/lockup-horizontal-color.png") : icon,
    // A long name makes the horizontal lockup a thin strip: the stacked one reads larger.
    lockupInverse: !horizontal
      ? icon
      : horizontal.inverse.height / horizontal.inverse.width >= MIN_HORIZONTAL_RATIO
      ? art(horizontal.inverse, "logos/png/lockup-horizontal-inverse.png")
      : art(logos.lockups!.stacked.inverse, "logos/png/lockup-stacked-inverse.png"),
    icon,
  };
}
