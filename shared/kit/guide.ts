/**
 * brand-guide.html: one self-contained page a person opens from the unzipped kit. Inline CSS,
 * images as data URIs, no scripts and nothing fetched, so it works offline and from any mail
 * attachment. All text (the brand name included) is user or model input and is escaped.
 */
import { contrastRatio } from "../colors/contrast.ts";
import { paletteCss } from "../colors/css.ts";
import type { Oklch } from "../colors/oklch.ts";
import type { Palette } from "../colors/schema.ts";
import type { SvgAsset } from "../logos/svg.ts";
import type { TypeFamily } from "../type/families.ts";
import { fontRef, type KitType } from "./font.ts";
import { esc, svgDataUri } from "./html.ts";
import type { KitInput } from "./input.ts";
import { type KitFile, logoRef, STAGE, textFile } from "./kit_file.ts";
import { ICON_LIBRARIES } from "../marks/libraries.ts";
import type { KitLogos, Variants } from "./logos.ts";
import type { Specimen } from "./specimen.ts";

const GUIDE_PATH = "brand-guide.html";

export function guideFile(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  specimens: Specimen[],
): KitFile {
  const fonts = type.faces.map((face) => fontRef(face.family));
  const madeBy = [logoRef(input.logos[0]), ...fonts, STAGE.colors, STAGE.taglines];
  return textFile(GUIDE_PATH, guideHtml(input, logos, type, specimens), madeBy);
}

function guideHtml(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  specimens: Specimen[],
): string {
  const { brand, palette } = input;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(brand.name)} · brand guide</title>
<style>
${paletteCss(palette)}
:root { --paper: ${logos.palette.background}; }
${fontFaces(type)}
${STYLE}
</style>
</head>
<body>
<header>
${image(logos.icon.color, `${brand.name} icon`, "mark")}
<h1>${esc(brand.name)}</h1>
${brand.tagline ? `<p class="tagline">${esc(brand.tagline)}</p>` : ""}
<p>${esc(brand.description)}</p>
</header>
<main>
${logoSection(input, logos, type)}
${colorSection(palette)}
${contrastSection(palette)}
${typeSection(brand.name, type, specimens)}
${taglineSection(input)}
${provenanceSection(input)}
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
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 2rem; }
h1, h2, h3 { font-family: var(--font-heading); font-weight: var(--font-heading-weight); }
h1 { font-size: 2.5rem; margin: .5rem 0 0; }
h2 { margin-top: 3rem; border-bottom: 1px solid var(--color-border); }
.tagline { font-size: 1.25rem; color: var(--color-primary); margin: 0; }
.muted, figcaption, footer { color: var(--color-text-muted); font-size: .875rem; }
.mark { width: 96px; height: 96px; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
figure { margin: 0; }
.tile { background: var(--paper); border: 1px solid var(--color-border); border-radius: .5rem;
  padding: 1.5rem; display: flex; align-items: center; justify-content: center; height: 12rem; }
.tile img { max-width: 100%; max-height: 100%; width: auto; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .875rem; }
th, td { text-align: left; padding: .375rem .5rem; border-bottom: 1px solid var(--color-border); }
code { font-family: ui-monospace, monospace; }
.chip { display: inline-block; width: 2rem; height: 2rem; border-radius: .25rem;
  border: 1px solid var(--color-border); vertical-align: middle; }
.scale td { height: 2.5rem; font-size: .75rem; }
.sample { font-weight: 700; text-align: center; }
.specimen { background: var(--paper); padding: 1rem; border-radius: .5rem; }
.specimen img { max-width: 100%; height: auto; }
.live-heading { font: var(--font-heading-weight) 2.5rem/1.2 var(--font-heading); margin: 0; }
.live-body { max-width: 40rem; }
`;

/** Generic family to fall back on while (or if) the shipped file does not load. */
const GENERIC: Record<TypeFamily["category"], string> = {
  geometric: "system-ui, sans-serif",
  humanist: "system-ui, sans-serif",
  rounded: "system-ui, sans-serif",
  display: "system-ui, sans-serif",
  serif: "Georgia, serif",
  slab: "Georgia, serif",
};

const stack = (family: TypeFamily) => `"${family.family}", ${GENERIC[family.category]}`;

/** @font-face rules pointing into the kit's fonts/ folder, and the stacks that use them. */
function fontFaces(type: KitType): string {
  const faces = type.faces.flatMap((face) =>
    face.files.map((file) =>
      `@font-face { font-family: "${face.family.family}"; font-style: normal; ` +
      `font-weight: ${file.weight}; font-display: swap; ` +
      `src: url("${file.path}") format("woff2"); }`
    )
  );
  return [
    ...faces,
    `:root { --font-heading: ${stack(type.heading)}; ` +
    `--font-heading-weight: ${type.heading.heading.weight}; --font-body: ${stack(type.body)}; }`,
  ].join("\n");
}

function image(asset: SvgAsset, alt: string, className?: string): string {
  const cls = className ? ` class="${className}"` : "";
  return `<img${cls} src="${esc(svgDataUri(asset.svg))}" alt="${esc(alt)}" ` +
    `width="${asset.width}" height="${asset.height}">`;
}

const VARIANT_USE: Record<keyof Variants, string> = {
  color: "color, on light backgrounds",
  mono: "one color, where only one ink prints",
  inverse: "inverse, on dark or busy backgrounds",
};

function logoSection(input: KitInput, logos: KitLogos, type: KitType): string {
  const name = input.brand.name;
  const tiles = (label: string, set: Variants | undefined) =>
    Object.entries(set ?? {}).map(([variant, asset]) =>
      `<figure><div class="tile">${image(asset, `${name}: ${label.toLowerCase()}, ${variant}`)}` +
      `</div>` +
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
<p class="muted">Primary mark: ${esc(depiction(input.logos[0]))}. Keep clear space of at least
the height of the name's capitals around every lockup.</p>
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

const oklchCss = ({ l, c, h }: Oklch): string =>
  `oklch(${(l * 100).toFixed(1)}% ${c.toFixed(3)} ${h.toFixed(1)})`;

function colorSection(palette: Palette): string {
  const chip = (hex: string) => `<span class="chip" style="background:${esc(hex)}"></span>`;
  const rows = palette.colors.map((color) =>
    `<tr><td>${esc(color.role)}${color.kept ? " (kept)" : ""}</td>` +
    `<td>${chip(color.hex)} <code>${esc(color.hex)}</code><br><code>${
      esc(oklchCss(color.oklch))
    }</code></td>` +
    `<td>${chip(color.dark.hex)} <code>${esc(color.dark.hex)}</code><br><code>${
      esc(oklchCss(color.dark.oklch))
    }</code></td></tr>`
  ).join("\n");
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
<table>
<thead><tr><th>Role</th><th>Light theme</th><th>Dark theme</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3>Scales</h3>
<table class="scale">
<thead><tr><th></th>${steps.map((s) => `<th>${esc(s)}</th>`).join("")}</tr></thead>
<tbody>
${scales}
</tbody>
</table>
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
  }).join("\n");
  return `<section id="contrast">
<h2>Contrast</h2>
<p class="muted">WCAG 2 ratio (AA asks 4.5:1 for body text, AAA 7:1) and APCA Lc (0.0.98G;
negative for light text on dark, |Lc| 75 or more suits body text).</p>
<table>
<thead><tr><th>Theme</th><th>Pair</th><th>Sample</th><th>Ratio</th><th>AA</th><th>AAA</th>` +
    `<th>APCA Lc</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function typeSection(name: string, type: KitType, specimens: Specimen[]): string {
  const samples = specimens.map((s) =>
    `<figure class="specimen">${image(s.svg, `${s.family.family} ${s.weight} specimen`)}` +
    `<figcaption>${esc(s.family.family)} ${s.weight}</figcaption></figure>`
  ).join("\n");
  const licenses = type.faces.map((face) =>
    `<li>${esc(face.family.family)} (${esc(face.roles.join(" and "))}): SIL Open Font ` +
    `License 1.1, text in <code>${esc(face.licensePath)}</code>; files ` +
    `${face.files.map((f) => `<code>${esc(f.path)}</code>`).join(", ")}.</li>`
  ).join("\n");
  const heading = type.heading;
  return `<section id="typography">
<h2>Typography</h2>
<p>The wordmark and headings are set in ${esc(heading.family)} (weight ${heading.heading.weight}${
    heading.heading.textCase === "upper" ? ", capitals" : ""
  }); text is set in ${esc(type.body.family)}. ${esc(type.reason)}</p>
<p class="live-heading">Headings of ${esc(name)} look like this</p>
<p class="live-body">Set in the fonts shipped with this kit: open this guide from the unzipped
folder and the headings and this paragraph use them.</p>
${samples}
<ul>
${licenses}
</ul>
</section>`;
}

function taglineSection(input: KitInput): string {
  if (input.taglines.length === 0) return "";
  const items = input.taglines.map((t) =>
    `<li><strong>${esc(t.text)}</strong> <span class="muted">(${esc(t.tone)}) ` +
    `${esc(t.rationale)}</span></li>`
  ).join("\n");
  return `<section id="taglines">\n<h2>Taglines</h2>\n<ul>\n${items}\n</ul>\n</section>`;
}

function provenanceSection(input: KitInput): string {
  const rows = Object.entries(input.provenance).map(([stage, p]) =>
    `<tr><td>${esc(stage)}</td><td>${esc(p.provider)}</td><td>${esc(p.model)}</td>` +
    `<td>${esc(p.prompt_version ?? "")}</td><td>${esc(p.research_version ?? "")}</td>` +
    `<td>${p.fell_back ? "yes" : "no"}</td></tr>`
  ).join("\n");
  return `<section id="provenance">
<h2>How this was made</h2>
<table>
<thead><tr><th>Stage</th><th>Provider</th><th>Model</th><th>Prompt</th><th>Research</th>` +
    `<th>Offline fallback</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
