/**
 * The one table of social image sizes the kit renders (checked against each platform's help
 * pages, November 2026). `safe` is the centered box that every crop keeps: covers are cut
 * differently on phones and desktops and partly hidden by the profile picture, so the
 * brand's content stays inside it. Profile pictures are shown in a circle: their mark stays
 * inside the central 80% circle (the maskable-icon rule).
 */
export interface SocialSize {
  readonly platform: string;
  readonly kind: "profile" | "cover" | "link";
  /** File name under social/, without extension. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** Safe box as fractions of width and height. */
  readonly safe: readonly [number, number];
  readonly note: string;
}

export const SOCIAL_SIZES: readonly SocialSize[] = [
  {
    platform: "X",
    kind: "profile",
    file: "x-profile",
    width: 400,
    height: 400,
    safe: [0.8, 0.8],
    note: "shown as a circle",
  },
  {
    platform: "X",
    kind: "cover",
    file: "x-header",
    width: 1500,
    height: 500,
    safe: [0.6, 0.6],
    note: "3:1; the profile picture covers the lower left, phones crop top and bottom",
  },
  {
    platform: "LinkedIn (personal)",
    kind: "profile",
    file: "linkedin-profile",
    width: 400,
    height: 400,
    safe: [0.8, 0.8],
    note: "shown as a circle",
  },
  {
    platform: "LinkedIn (personal)",
    kind: "cover",
    file: "linkedin-background",
    width: 1584,
    height: 396,
    safe: [0.5, 0.6],
    note: "4:1; the profile picture covers the left, phones crop the sides",
  },
  {
    platform: "LinkedIn (company)",
    kind: "profile",
    file: "linkedin-company-logo",
    width: 400,
    height: 400,
    safe: [0.8, 0.8],
    note: "square page logo",
  },
  {
    platform: "LinkedIn (company)",
    kind: "cover",
    file: "linkedin-company-cover",
    width: 1128,
    height: 191,
    safe: [0.55, 0.7],
    note: "the page logo covers the lower left",
  },
  {
    platform: "YouTube",
    kind: "profile",
    file: "youtube-profile",
    width: 800,
    height: 800,
    safe: [0.8, 0.8],
    note: "shown as a circle",
  },
  {
    platform: "YouTube",
    kind: "cover",
    file: "youtube-banner",
    width: 2048,
    height: 1152,
    safe: [0.6, 0.29],
    note: "16:9 minimum upload size; only the central 1235×338 shows on every device",
  },
  {
    platform: "Instagram",
    kind: "profile",
    file: "instagram-profile",
    width: 320,
    height: 320,
    safe: [0.8, 0.8],
    note: "shown as a circle",
  },
  {
    platform: "Facebook",
    kind: "profile",
    file: "facebook-profile",
    width: 320,
    height: 320,
    safe: [0.8, 0.8],
    note: "shown as a circle",
  },
  {
    platform: "Facebook",
    kind: "cover",
    file: "facebook-cover",
    width: 851,
    height: 315,
    safe: [0.62, 0.7],
    note: "desktop shows 820×312, phones crop the sides to 640×360",
  },
  {
    platform: "Open Graph",
    kind: "link",
    file: "og-image",
    width: 1200,
    height: 630,
    safe: [0.84, 0.8],
    note: "link previews (og:image, twitter:image)",
  },
];
