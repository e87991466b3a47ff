/**
 * Business cards and letterheads as scenes (pure). Cards: front with the knockout lockup on
 * the brand's primary color (or its ink when the knockout would not read on the primary), back with name and role placeholders; both extend their background into
 * the 3 mm bleed. Letterheads: lockup and contact line at the head, a primary rule and the
 * web address at the foot, the body left free.
 */
import type { PrintArt } from "./art.ts";
import type { Scene, Shape } from "./scene.ts";

export const BLEED = 3;

export interface Format {
  readonly id: string;
  readonly label: string;
  /** Trim size in mm. */
  readonly width: number;
  readonly height: number;
}

export const CARD_FORMATS: readonly Format[] = [
  { id: "85x55mm", label: "85 × 55 mm (Europe)", width: 85, height: 55 },
  { id: "3.5x2in", label: "3.5 × 2 in (US)", width: 88.9, height: 50.8 },
];

export const LETTER_FORMATS: readonly Format[] = [
  { id: "a4", label: "A4", width: 210, height: 297 },
  { id: "letter", label: "US Letter", width: 215.9, height: 279.4 },
];

/** Placeholders the owner replaces before printing. */
export const PLACEHOLDER = {
  name: "Your Name",
  role: "Your role",
  phone: "+00 000 000 000",
  address: "Street 1 · 0000 City · Country",
};

/** Card scenes are trim + bleed on each side; x and y include the bleed. */
export function cardFront(art: PrintArt, format: Format): Scene {
  const width = format.width + 2 * BLEED;
  const height = format.height + 2 * BLEED;
  const logoW = format.width * 0.62;
  const logoH = Math.min(logoW * art.lockupInverse.ratio, format.height * 0.5);
  const w = logoH / art.lockupInverse.ratio;
  return {
    width,
    height,
    shapes: [
      { kind: "rect", x: 0, y: 0, w: width, h: height, fill: art.colors.field },
      {
        kind: "logo",
        x: (width - w) / 2,
        y: (height - logoH) / 2,
        w,
        h: logoH,
        png: art.lockupInverse.png,
        svg: art.lockupInverse.svg,
      },
    ],
  };
}

export function cardBack(art: PrintArt, format: Format): Scene {
  const width = format.width + 2 * BLEED;
  const height = format.height + 2 * BLEED;
  // A 5 mm safe margin inside the trim keeps text clear of the cut.
  const left = BLEED + 6;
  const top = BLEED + 6;
  const iconH = 9;
  const iconW = iconH / art.icon.ratio;
  const band = 2.5;
  const text = (y: number, value: string, size: number, weight: 400 | 700, fill: string) =>
    ({ kind: "text", x: left, y, text: value, size, weight, fill }) as const;
  const line = (i: number) => top + 22 + i * 4.2;
  const shapes: Shape[] = [
    { kind: "rect", x: 0, y: 0, w: width, h: height, fill: art.colors.paper },
    {
      kind: "logo",
      x: width - BLEED - 6 - iconW,
      y: top,
      w: iconW,
      h: iconH,
      png: art.icon.png,
      svg: art.icon.svg,
    },
    text(top + 4.2, PLACEHOLDER.name, 4.2, 700, art.colors.ink),
    text(top + 9, PLACEHOLDER.role, 2.8, 400, art.colors.muted),
    text(line(0), `hello@${art.domain}`, 2.6, 400, art.colors.ink),
    text(line(1), PLACEHOLDER.phone, 2.6, 400, art.colors.ink),
    text(line(2), art.domain, 2.6, 700, art.colors.primary),
    {
      kind: "rect",
      x: 0,
      y: height - BLEED - band,
      w: width,
      h: band + BLEED,
      fill: art.colors.primary,
    },
  ];
  return { width, height, shapes };
}

/** Letterheads have no bleed: office printers cannot print to the edge. */
export function letterhead(art: PrintArt, format: Format): Scene {
  const margin = 20;
  const logoH = 14;
  const logoW = Math.min(logoH / art.lockup.ratio, format.width * 0.45);
  const right = format.width - margin;
  const small = 3;
  const info = (i: number, value: string, weight: 400 | 700 = 400) =>
    ({
      kind: "text",
      x: right,
      y: margin + 4 + i * 4.6,
      text: value,
      size: small,
      weight,
      fill: weight === 700 ? art.colors.ink : art.colors.muted,
      align: "right",
    }) as const;
  return {
    width: format.width,
    height: format.height,
    shapes: [
      { kind: "rect", x: 0, y: 0, w: format.width, h: format.height, fill: "#ffffff" },
      {
        kind: "logo",
        x: margin - 2,
        y: margin - 2,
        w: logoW,
        h: logoW * art.lockup.ratio,
        png: art.lockup.png,
        svg: art.lockup.svg,
      },
      info(0, art.name, 700),
      info(1, PLACEHOLDER.address),
      info(2, `${PLACEHOLDER.phone} · hello@${art.domain}`),
      ...letterFoot(art, format, margin, small),
    ],
  };
}

/** The letterhead's foot: a primary rule, the tagline left and the web address right. */
function letterFoot(art: PrintArt, format: Format, margin: number, small: number): Shape[] {
  const right = format.width - margin;
  const footY = format.height - 14;
  return [
    {
      kind: "rect",
      x: margin,
      y: footY - 6,
      w: format.width - 2 * margin,
      h: 0.6,
      fill: art.colors.primary,
    },
    {
      kind: "text",
      x: margin,
      y: footY,
      text: art.tagline ?? art.name,
      size: small,
      weight: 400,
      fill: art.colors.muted,
    },
    {
      kind: "text",
      x: right,
      y: footY,
      text: art.domain,
      size: small,
      weight: 700,
      fill: art.colors.primary,
      align: "right",
    },
  ];
}
