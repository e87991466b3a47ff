/**
 * One loader per family, each a literal dynamic import, so that bundlers put every package in
 * the module graph (its font files then resolve to files) while a function only loads the
 * families it uses. The import brings in the family's unicode-range table, a few hundred bytes.
 */
export type UnicodeRanges = Readonly<Record<string, string>>;

export const FAMILY_PACKAGES: Readonly<
  Record<string, () => Promise<{ default: UnicodeRanges }>>
> = {
  "manrope": () => import("@fontsource/manrope/unicode.json", { with: { type: "json" } }),
  "montserrat": () => import("@fontsource/montserrat/unicode.json", { with: { type: "json" } }),
  "outfit": () => import("@fontsource/outfit/unicode.json", { with: { type: "json" } }),
  "nunito-sans": () => import("@fontsource/nunito-sans/unicode.json", { with: { type: "json" } }),
  "source-sans-3": () =>
    import("@fontsource/source-sans-3/unicode.json", { with: { type: "json" } }),
  "work-sans": () => import("@fontsource/work-sans/unicode.json", { with: { type: "json" } }),
  "playfair-display": () =>
    import("@fontsource/playfair-display/unicode.json", { with: { type: "json" } }),
  "cormorant-garamond": () =>
    import("@fontsource/cormorant-garamond/unicode.json", { with: { type: "json" } }),
  "libre-baskerville": () =>
    import("@fontsource/libre-baskerville/unicode.json", { with: { type: "json" } }),
  "lora": () => import("@fontsource/lora/unicode.json", { with: { type: "json" } }),
  "dm-serif-display": () =>
    import("@fontsource/dm-serif-display/unicode.json", { with: { type: "json" } }),
  "zilla-slab": () => import("@fontsource/zilla-slab/unicode.json", { with: { type: "json" } }),
  "arvo": () => import("@fontsource/arvo/unicode.json", { with: { type: "json" } }),
  "nunito": () => import("@fontsource/nunito/unicode.json", { with: { type: "json" } }),
  "quicksand": () => import("@fontsource/quicksand/unicode.json", { with: { type: "json" } }),
  "baloo-2": () => import("@fontsource/baloo-2/unicode.json", { with: { type: "json" } }),
  "fredoka": () => import("@fontsource/fredoka/unicode.json", { with: { type: "json" } }),
  "bebas-neue": () => import("@fontsource/bebas-neue/unicode.json", { with: { type: "json" } }),
  "oswald": () => import("@fontsource/oswald/unicode.json", { with: { type: "json" } }),
  "archivo-black": () =>
    import("@fontsource/archivo-black/unicode.json", { with: { type: "json" } }),
  "righteous": () => import("@fontsource/righteous/unicode.json", { with: { type: "json" } }),
};
