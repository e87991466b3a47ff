/**
 * brand-guide.html: one self-contained page a person opens from the unzipped kit. Inline
 * CSS, the kit's heading and body faces embedded as WOFF2 data (so the page sets its text in
 * the kit's own fonts, even sent alone), images as data URIs, no scripts and nothing fetched. Links point
 * to the kit's other files. Light and dark (prefers-color-scheme), one column on a phone.
 * All text (the brand name included) is user or model input and is escaped.
 */
import { contrastRatio } from "../colors/contrast.ts";
import { paletteCss } from "../colors/css.ts";
import type { Palette } from "../colors/schema.ts";
import type { SvgAsset } from "../logos/svg.ts";
import { CMYK_METHOD, cmykText, colorValues, rgbText } from "./color_values.ts";
import { namesContent } from "./content_files.ts";
import { domainSummary, verdictText } from "./domain_summary.ts";
import { fontRef, type KitType, licenseName } from "./font.ts";
import { esc, svgDataUri } from "./html.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE, textFile } from "./kit_file.ts";
import { ICON_LIBRARIES } from "../marks/libraries.ts";
import { familyLicense } from "../type/families.ts";
import type { KitLogos, Variants } from "./logos.ts";
import { cssFontStack, TYPE_SCALE } from "./type_scale.ts";

const GUIDE_PATH = "brand-guide.html";

/** The kit's font files by path: the guide embeds the WOFF2 ones. */
export type FontData = ReadonlyMap<string, Uint8Array>;

export function guideFile(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  fonts: FontData,
): KitFile {
  const madeBy = [
    logoRef(input.logos[0]),
    ...type.faces.map((face) => fontRef(face.family)),
    STAGE.colors,
    STAGE.names,
    STAGE.domains,
    STAGE.taglines,
  ];
  return textFile(GUIDE_PATH, guideHtml(input, logos, type, fonts), madeBy);
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** @font-face rules with the WOFF2 files as data, and the stacks that use them. */
function fontFaceCss(type: KitType, fonts: FontData): string {
  const faces = type.faces.flatMap((face) =>
    face.files.filter((file) => file.format === "woff2").map((file) =>
      `@font-face { font-family: "${face.family.family}"; font-style: normal; ` +
      `font-weight: ${file.weight};\n  font-display: swap; ` +
      `src: url(data:font/woff2;base64,${base64(fonts.get(file.path)!)}) format("woff2"); }`
    )
  );
  return [
    ...faces,
    `:root { --font-heading: ${cssFontStack(type.heading)}; ` +
    `--font-heading-weight: ${type.heading.heading.weight}; --font-body: ${
      cssFontStack(type.body)
    }; }`,
  ].join("\n");
}

function guideHtml(input: KitInput, logos: KitLogos, type: KitType, fonts: FontData): string {
  const { brand, palette } = input;
  const sections = [
    logoSection(input, logos, type),
    colorSection(palette),
    contrastSection(palette),
    typeSection(input, type),
    taglineSection(input),
    namesSection(input),
    filesSection(),
    provenanceSection(input),
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(brand.name)} · brand guide</title>
<style>
${fontFaceCss(type, fonts)}
${paletteCss(palette)}
:root { --paper: ${logos.palette.background}; --ink: ${logos.palette.text}; }
${STYLE}
</style>
</head>
<body>
<header>
${image(logos.icon.color, `${brand.name} icon`, "mark")}
<div>
<h1>${esc(brand.name)}</h1>
${brand.tagline ? `<p class="tagline">${esc(brand.tagline)}</p>` : ""}
<p class="lead">${esc(brand.description)}</p>
</div>
</header>
<main>
${sections.join("\n")}
</main>
<footer>Generated ${esc(input.generated_at)}.</footer>
</body>
</html>
`;
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 var(--font-body);
  background: var(--color-background); color: var(--color-text); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { display: flex; gap: 1.5rem; align-items: center; padding-top: 2.5rem; }
main > section { padding-top: 2.5rem; }
footer { padding: 2.5rem 1.25rem; }
h1, h2, h3 { font-family: var(--font-heading); font-weight: var(--font-heading-weight); }
h1 { font-size: 2.5rem; line-height: 1.1; margin: 0; }
h2 { font-size: 1.5rem; margin: 0 0 1rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--color-border); }
h3 { font-size: 1.125rem; margin: 1.5rem 0 .75rem; }
.tagline { font-size: 1.25rem; color: var(--color-link); margin: .25rem 0 0; }
.lead { margin: .5rem 0 0; max-width: 48rem; }
.muted, figcaption, footer { color: var(--color-text-muted); font-size: .875rem; }
.mark { width: 96px; height: 96px; flex: none; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr)); }
figure { margin: 0; }
.tile { background: var(--paper); border: 1px solid var(--color-border); border-radius: .5rem;
  padding: 1.25rem; display: flex; align-items: center; justify-content: center; height: 11rem; }
.tile.dark { background: var(--ink); }
.tile img { max-width: 100%; max-height: 100%; width: auto; height: auto; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .875rem; }
th, td { text-align: left; padding: .375rem .5rem; border-bottom: 1px solid var(--color-border);
  vertical-align: top; }
code { font-family: ui-monospace, monospace; font-size: .8125rem; }
.chip { display: inline-block; width: 1.75rem; height: 1.75rem; border-radius: .25rem;
  border: 1px solid var(--color-border); vertical-align: middle; margin-right: .375rem; }
.scale td { height: 2.5rem; font-size: .6875rem; min-width: 4.5rem; }
.sample { font-weight: 700; text-align: center; }
.specimen { margin: 0 0 .75rem; line-height: 1.2; overflow-wrap: anywhere; }
.specimen small { display: block; color: var(--color-text-muted);
  font: 400 .75rem/1.5 var(--font-body); }
.display { font-family: var(--font-heading); font-weight: var(--font-heading-weight); }
.not-checked { color: var(--color-text-muted); font-style: italic; }
.available { color: var(--color-success); font-weight: 700; }
@media (max-width: 40rem) {
  header { flex-direction: column; align-items: flex-start; }
  h1 { font-size: 2rem; }
}
`;

function image(asset: SvgAsset, alt: string, className?: string): string {
  const cls = className ? ` class="${className}"` : "";
  return `<img${cls} src="${esc(svgDataUri(asset.svg))}" alt="${esc(alt)}" ` +
    `width="${asset.width}" height="${asset.height}">`;
}

const VARIANT_USE: Record<keyof Variants, string> = {
  color: "color, on light backgrounds",
  mono: "one color, where only one ink prints",
  inverse: "inverse knockout, on dark or busy backgrounds",
};

const table = (head: string[], rows: string[]) =>
  `<div class="scroll"><table>\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}` +
  `</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table></div>`;

function logoSection(input: KitInput, logos: KitLogos, type: KitType): string {
  const name = input.brand.name;
  const tiles = (label: string, set: Variants | undefined) =>
    Object.entries(set ?? {}).map(([variant, asset]) =>
      `<figure><div class="tile${variant === "inverse" ? " dark" : ""}">` +
      `${image(asset, `${name}: ${label.toLowerCase()}, ${variant}`)}</div>` +
      `<figcaption>${esc(label)}: ${esc(VARIANT_USE[variant as keyof Variants])}</figcaption>` +
      `</figure>`
    ).join("\n");
  const alternates = logos.alternates.map(({ logo, svg }) =>
    `<figure><div class="tile">${image(svg, `${name}: ${logo.concept}`)}</div>` +
    `<figcaption>${esc(depiction(logo))}</figcaption></figure>`
  ).join("\n");
  const missing = logos.missingGlyphs.length === 0 ? "" : `<p class="muted">No wordmark or ` +
    `lockups: ${esc(type.heading.family)} has no glyph for ${
      esc(logos.missingGlyphs.join(" "))
    }.</p>`;
  return `<section id="logo">
<h2>Logo</h2>
<p class="muted">Primary mark: ${esc(depiction(input.logos[0]))}. Clear space (0.8 × the height
of the name's capitals) is built into every wordmark and lockup file: place them as they are.
Inverse files are knockouts on a transparent background.</p>
${missing}
<div class="grid">
${tiles("Horizontal lockup", logos.lockups?.horizontal)}
${tiles("Stacked lockup", logos.lockups?.stacked)}
${tiles("Icon", logos.icon)}
${tiles("Wordmark", logos.wordmark)}
</div>
${alternates ? `<h3>Other concepts</h3>\n<div class="grid">\n${alternates}\n</div>` : ""}
</section>`;
}

/** "icon-circle showing a lantern (Tabler Icons lamp, MIT)", or the bare kind. */
function depiction(logo: KitInput["logos"][number]): string {
  const { depicts } = logo;
  if (!depicts) return logo.concept;
  const icon = depicts.icon;
  const library = icon && ICON_LIBRARIES.find((l) => l.set === icon.set);
  const credit = icon ? ` (${library?.title ?? icon.set} ${icon.name}, ${icon.license})` : "";
  return `${logo.concept} showing ${depicts.concept}${credit}`;
}

function colorSection(palette: Palette): string {
  const chip = (hex: string) => `<span class="chip" style="background:${esc(hex)}"></span>`;
  const rows = palette.colors.map((color) => {
    const v = colorValues(color.hex);
    return `<tr><td>${esc(color.role)}${color.kept ? " (kept)" : ""}</td>` +
      `<td>${chip(color.hex)}<code>${esc(v.hex)}</code></td>` +
      `<td><code>${esc(rgbText(v))}</code></td><td><code>${esc(cmykText(v))}</code></td>` +
      `<td><code>${esc(v.oklch)}</code></td>` +
      `<td>${chip(color.dark.hex)}<code>${esc(color.dark.hex)}</code></td></tr>`;
  });
  // Each step's hex is written in whichever of the light theme's ink and paper reads on it.
  const { text, background } = palette.themes.light;
  const label = (hex: string) =>
    contrastRatio(hex, text) >= contrastRatio(hex, background) ? text : background;
  const scales = Object.entries(palette.scales).map(([name, scale]) =>
    `<tr><th>${esc(name)}</th>${
      Object.entries(scale).map(([step, hex]) =>
        `<td style="${esc(`background:${hex};color:${label(hex)}`)}" ` +
        `title="${esc(`${name}-${step}`)}">${esc(hex)}</td>`
      ).join("")
    }</tr>`
  ).join("\n");
  const steps = Object.keys(Object.values(palette.scales)[0] ?? {});
  return `<section id="colors">
<h2>Colors</h2>
<p class="muted">CMYK: ${esc(CMYK_METHOD)}.</p>
${table(["Role", "HEX", "RGB", "CMYK", "OKLCH", "Dark theme"], rows)}
<h3>Scales</h3>
<div class="scroll"><table class="scale">
<thead><tr><th></th>${steps.map((s) => `<th>${esc(s)}</th>`).join("")}</tr></thead>
<tbody>
${scales}
</tbody>
</table></div>
</section>`;
}

function contrastSection(palette: Palette): string {
  const verdict = (pass: boolean) => pass ? "pass" : "fail";
  const rows = palette.contrast.map((entry) => {
    const theme = palette.themes[entry.theme];
    const style = `color:${theme[entry.fg]};background:${theme[entry.bg]}`;
    return `<tr><td>${esc(entry.theme)}</td><td>${esc(entry.fg)} on ${esc(entry.bg)}</td>` +
      `<td class="sample" style="${esc(style)}">Aa</td>` +
      `<td>${entry.ratio.toFixed(2)}:1</td><td>${verdict(entry.aa)}</td>` +
      `<td>${verdict(entry.aaa)}</td><td>${entry.apca.toFixed(1)}</td></tr>`;
  });
  return `<section id="contrast">
<h2>Contrast</h2>
<p class="muted">WCAG 2 ratio (AA asks 4.5:1 for body text, AAA 7:1) and APCA Lc (0.0.98G;
negative for light text on dark, |Lc| 75 or more suits body text).</p>
${table(["Theme", "Pair", "Sample", "Ratio", "AA", "AAA", "APCA Lc"], rows)}
</section>`;
}

function typeSection(input: KitInput, type: KitType): string {
  const sample = input.brand.tagline ?? input.brand.name;
  const scale = [...TYPE_SCALE].reverse().map(([step, size]) => {
    const display = size >= 25;
    const face = display ? type.heading : type.body;
    const weight = display ? type.heading.heading.weight : 400;
    return `<p class="specimen${display ? " display" : ""}" style="font-size:${size}px">` +
      `<small>${step} · ${size}px · ${esc(face.family)} ${weight}</small>${esc(sample)}</p>`;
  }).join("\n");
  const licenses = type.faces.map((face) =>
    `<li>${esc(face.family.family)} (${esc(face.roles.join(" and "))}): ` +
    `${esc(licenseName(familyLicense(face.family).license))}, text in <code>${
      esc(face.licensePath)
    }</code>; files ` +
    `${face.files.map((f) => `<code>${esc(f.path)}</code>`).join(", ")}.</li>`
  ).join("\n");
  const heading = type.heading;
  return `<section id="typography">
<h2>Typography</h2>
<p>The wordmark and headings are set in ${esc(heading.family)} (weight ${heading.heading.weight}${
    heading.heading.textCase === "upper" ? ", capitals" : ""
  }); text is set in ${esc(type.body.family)}. ${esc(type.reason)} This page is set in the
kit's own files (fonts/: WOFF2 for the web, WOFF for desktop apps).</p>
<p class="specimen display" style="font-size:2rem">ABCDEFGHIJKLMNOPQRSTUVWXYZ</p>
<p class="specimen" style="font-size:1.5rem">abcdefghijklmnopqrstuvwxyz 0123456789</p>
<ul>
${licenses}
</ul>
<h3>Type scale</h3>
${scale}
</section>`;
}

function taglineSection(input: KitInput): string {
  if (input.taglines.length === 0) return "";
  const tones = [...new Set(input.taglines.map((t) => t.tone))];
  const items = input.taglines.map((t) =>
    `<li><strong>${esc(t.text)}</strong> <span class="muted">(${esc(t.tone)}) ` +
    `${esc(t.rationale)}</span></li>`
  ).join("\n");
  return `<section id="taglines">
<h2>Voice and taglines</h2>
<p>Tone: ${esc(tones.join(", "))}.</p>
<ul>
${items}
</ul>
</section>`;
}

function namesSection(input: KitInput): string {
  const { names } = namesContent(input);
  if (names.length === 0) return "";
  const summary = domainSummary(input.domains);
  const cell = (domains: (typeof names)[number]["domains"]) => {
    if (domains.length === 0) return `<span class="not-checked">no domains asked about</span>`;
    return domains.map((d) =>
      `<code>${esc(d.domain)}</code> <span class="${
        d.status === "unknown" ? "not-checked" : d.status === "available" ? "available" : ""
      }">${esc(verdictText(d))}</span>`
    ).join("<br>");
  };
  const rows = names.map((n) =>
    `<tr><td><strong>${esc(n.name)}</strong></td><td>${esc(n.style)}</td>` +
    `<td>${n.score.total}</td><td>${cell(n.domains)}</td></tr>`
  );
  return `<section id="names">
<h2>Names and domains</h2>
<p class="${summary.answered === 0 ? "not-checked" : "muted"}">Domains: ${esc(summary.text)}.</p>
${table(["Name", "Style", "Score", "Domains"], rows)}
</section>`;
}

const KIT_FOLDERS: readonly [string, string][] = [
  ["brand-guidelines.pdf", "this guide as a PDF to send to a designer or printer"],
  ["logos/", "SVG artwork; png/ renders, app-icon/ padded app icons, preview/ inverse on dark"],
  ["social/", "profile pictures, covers and banners, the Open Graph image"],
  ["web/", "favicon (SVG adapts to dark mode, ICO), apple-touch-icon, manifest, head.html"],
  ["print/", "business cards (PDF with bleed and crop marks, SVG) and letterheads"],
  ["email/signature.html", "email signature: replace the image URL with your hosted copy"],
  ["palette/", "design tokens, CSS, Tailwind theme, ASE swatches, colors.json"],
  ["fonts/", "the heading and body fonts, WOFF2 and WOFF, each with its license"],
  ["content/", "names with domain verdicts, taglines"],
];

function filesSection(): string {
  const items = KIT_FOLDERS.map(([path, what]) =>
    `<li><a href="${esc(path)}"><code>${esc(path)}</code></a> ${esc(what)}</li>`
  ).join("\n");
  return `<section id="files">\n<h2>In this kit</h2>\n<ul>\n${items}\n</ul>\n</section>`;
}

function provenanceSection(input: KitInput): string {
  const domains = domainSummary(input.domains).text;
  // Who was asked is not what was established: the domains row says what the checks found.
  const note = (stage: string, fellBack?: boolean) =>
    stage === STAGE.domains ? domains : fellBack ? "the offline generator stood in" : "–";
  const rows = Object.entries(input.provenance).map(([stage, p]) =>
    `<tr><td>${esc(stage)}</td><td>${esc(p.provider)}</td><td>${esc(p.model)}</td>` +
    `<td>${esc(p.prompt_version ?? "–")}</td><td>${esc(p.research_version ?? "–")}</td>` +
    `<td>${esc(note(stage, p.fell_back))}</td></tr>`
  );
  return `<section id="provenance">
<h2>How this was made</h2>
<p>Domains: ${esc(domains)}.</p>
${table(["Stage", "Provider", "Model", "Prompt", "Research", "Note"], rows)}
</section>`;
}
