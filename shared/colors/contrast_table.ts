/** The contrast report: every foreground/background role pair a UI puts text on, per theme. */
import { apcaContrast, contrastRatio, WCAG_AA, WCAG_AAA } from "./contrast.ts";
import { type Theme, THEME_NAMES, type ThemeName } from "./themes.ts";

export interface ContrastEntry {
  theme: ThemeName;
  fg: string;
  bg: string;
  /** WCAG 2 ratio, rounded down to 2 decimals so a shown 4.50 really is AA. */
  ratio: number;
  aa: boolean;
  aaa: boolean;
  /** APCA Lc, one decimal; negative for light text on a dark background. */
  apca: number;
}

const TEXT_ROLES = ["text", "text_muted", "link"];
const SURFACE_ROLES = ["background", "surface"];

/** Text roles on both surfaces, and each on-color on the fill it is named after. */
export function readablePairs(theme: Theme): [fg: string, bg: string][] {
  const pairs: [string, string][] = [];
  for (const fg of TEXT_ROLES) for (const bg of SURFACE_ROLES) pairs.push([fg, bg]);
  for (const role of Object.keys(theme)) {
    if (role.startsWith("on_")) pairs.push([role, role.slice("on_".length)]);
  }
  return pairs;
}

export function contrastTable(themes: Record<ThemeName, Theme>): ContrastEntry[] {
  return THEME_NAMES.flatMap((name) => {
    const theme = themes[name];
    return readablePairs(theme).map(([fg, bg]) => {
      const ratio = contrastRatio(theme[fg], theme[bg]);
      return {
        theme: name,
        fg,
        bg,
        ratio: Math.floor(ratio * 100) / 100,
        aa: ratio >= WCAG_AA,
        aaa: ratio >= WCAG_AAA,
        apca: Math.round(apcaContrast(theme[fg], theme[bg]) * 10) / 10,
      };
    });
  });
}
