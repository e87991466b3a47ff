/**
 * brand-guidelines.pdf: the guide as a landscape A4 document a designer can be sent. Same
 * content as brand-guide.html: cover; logo family and clear space; misuse; color with values
 * and contrast; typography in the shipped font; voice and taglines; names with domain
 * verdicts; how it was made.
 */
import { degrees, type PDFFont, type PDFPage } from "pdf-lib";
import { namesContent } from "../content_files.ts";
import { CMYK_METHOD, cmykText, colorValues, rgbText } from "../color_values.ts";
import { domainSummary, verdictText } from "../domain_summary.ts";
import { fontRef, type KitType, licenseName } from "../font.ts";
import type { KitInput } from "../input.ts";
import { type KitFile, logoRef, STAGE } from "../kit_file.ts";
import type { KitLogos } from "../logos.ts";
import type { Renderer } from "../render.ts";
import { TYPE_SCALE } from "../type_scale.ts";
import { type PrintArt, printArt } from "./art.ts";
import { color, drawable, mm, newPdf, type Pdf, textWidth, wrap } from "./doc.ts";
import { TILE_PATHS, tileRenders } from "./tiles.ts";

const W = 297;
const H = 210;
const MARGIN = 18;
const RED = "#c62828";

interface Ctx {
  readonly pdf: Pdf;
  readonly input: KitInput;
  readonly logos: KitLogos;
  readonly art: PrintArt;
  readonly type: KitType;
}

/** Text at (x, y) mm from the top left, y being the baseline; returns the next baseline. */
function text(
  page: PDFPage,
  value: string,
  x: number,
  y: number,
  size: number,
  font: PDFFont,
  fill: string,
  width = W - x - MARGIN,
): number {
  const lines = wrap(value, font, size, mm(width));
  const leading = size * 1.35 * 25.4 / 72;
  lines.forEach((line, i) =>
    page.drawText(line, { x: mm(x), y: mm(H - y - i * leading), size, font, color: color(fill) })
  );
  return y + lines.length * leading;
}

function rect(page: PDFPage, x: number, y: number, w: number, h: number, fill: string) {
  page.drawRectangle({
    x: mm(x),
    y: mm(H - y - h),
    width: mm(w),
    height: mm(h),
    color: color(fill),
  });
}

/** A PNG of the kit fitted into a box (centered), as large as it fits. */
async function picture(
  ctx: Ctx,
  page: PDFPage,
  path: string,
  box: { x: number; y: number; w: number; h: number },
  options: {
    opacity?: number;
    stretch?: [number, number];
    rotate?: number;
    left?: boolean;
  } = {},
) {
  const image = await ctx.pdf.image(path);
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const [sx, sy] = options.stretch ?? [1, 1];
  const w = image.width * scale * sx;
  const h = image.height * scale * sy;
  const x = options.left ? box.x : box.x + (box.w - w) / 2;
  const y = box.y + (box.h - h) / 2;
  page.drawImage(image, {
    x: mm(x),
    y: mm(H - y - h),
    width: mm(w),
    height: mm(h),
    opacity: options.opacity,
    rotate: options.rotate === undefined ? undefined : degrees(options.rotate),
  });
  return { x, y, w, h };
}

function newPage(ctx: Ctx, title: string, intro?: string): { page: PDFPage; y: number } {
  const page = ctx.pdf.doc.addPage([mm(W), mm(H)]);
  const { colors } = ctx.art;
  rect(page, 0, 0, W, H, colors.paper);
  rect(page, MARGIN, MARGIN, 12, 1.2, colors.primary);
  let y = text(page, title, MARGIN, MARGIN + 12, 22, ctx.pdf.fonts.heading, colors.ink);
  if (intro) y = text(page, intro, MARGIN, y + 2, 10, ctx.pdf.fonts.body, colors.muted, 200);
  const number = ctx.pdf.doc.getPageCount();
  text(
    page,
    `${ctx.input.brand.name} · brand guidelines`,
    MARGIN,
    H - 10,
    8,
    ctx.pdf.fonts.body,
    colors.muted,
  );
  const label = drawable(String(number), ctx.pdf.fonts.body);
  page.drawText(label, {
    x: mm(W - MARGIN) - textWidth(label, ctx.pdf.fonts.body, 8),
    y: mm(10),
    size: 8,
    font: ctx.pdf.fonts.body,
    color: color(colors.muted),
  });
  return { page, y: y + 6 };
}

async function cover(ctx: Ctx) {
  const page = ctx.pdf.doc.addPage([mm(W), mm(H)]);
  const { colors } = ctx.art;
  rect(page, 0, 0, W, H, colors.paper);
  // The lockup's built-in clear space is the margin, so its canvas starts at the page's.
  await picture(ctx, page, ctx.art.lockup.png, { x: MARGIN - 4, y: 40, w: W - 80, h: 80 }, {
    left: true,
  });
  if (ctx.input.brand.tagline) {
    text(page, ctx.input.brand.tagline, MARGIN, 145, 16, ctx.pdf.fonts.body, colors.ink);
  }
  text(page, "Brand guidelines", MARGIN, 160, 11, ctx.pdf.fonts.heading, colors.primary);
  text(
    page,
    ctx.input.generated_at.slice(0, 10),
    MARGIN,
    166,
    9,
    ctx.pdf.fonts.body,
    colors.muted,
  );
  rect(page, 0, H - 8, W, 8, colors.primary);
}

async function logoPage(ctx: Ctx) {
  const { page, y } = newPage(
    ctx,
    "Logo family and clear space",
    "Use the horizontal lockup first, the stacked one where width is short, the icon where " +
      "the name is already said (app icons, avatars). Clear space is built into every file: " +
      "keep at least the height of the name's capitals × 0.8 free around the artwork.",
  );
  const { colors } = ctx.art;
  const lockups = ctx.logos.lockups;
  const tiles: [string, string][] = lockups
    ? [
      ["logos/png/lockup-horizontal-color.png", "Horizontal lockup"],
      [TILE_PATHS.stacked, "Stacked lockup"],
      ["logos/png/icon-512.png", "Icon"],
      [TILE_PATHS.wordmark, "Wordmark"],
    ]
    : [["logos/png/icon-512.png", "Icon"]];
  const tileW = (W - 2 * MARGIN - 3 * 6) / 4;
  for (const [i, [path, label]] of tiles.entries()) {
    const x = MARGIN + i * (tileW + 6);
    rect(page, x, y, tileW, 42, "#ffffff");
    await picture(ctx, page, path, { x: x + 4, y: y + 4, w: tileW - 8, h: 34 });
    text(page, label, x, y + 48, 9, ctx.pdf.fonts.body, colors.muted, tileW);
  }
  if (lockups && ctx.logos.clearSpace) {
    await clearSpacePanel(ctx, page, y + 58, ctx.logos.clearSpace / lockups.horizontal.color.width);
  }
}

/**
 * The horizontal lockup's canvas (dashed) around its artwork, and its knockout on dark.
 * `share`: the clear space as a share of the lockup's width.
 */
async function clearSpacePanel(ctx: Ctx, page: PDFPage, top: number, share: number) {
  const { colors } = ctx.art;
  const box = await picture(ctx, page, "logos/png/lockup-horizontal-color.png", {
    x: MARGIN,
    y: top,
    w: 120,
    h: H - top - 22,
  });
  const pad = box.w * share;
  const dashed = {
    borderColor: color(colors.primary),
    borderWidth: 0.75,
    borderDashArray: [3, 2],
  };
  page.drawRectangle({
    x: mm(box.x),
    y: mm(H - box.y - box.h),
    width: mm(box.w),
    height: mm(box.h),
    ...dashed,
  });
  page.drawRectangle({
    x: mm(box.x + pad),
    y: mm(H - box.y - box.h + pad),
    width: mm(box.w - 2 * pad),
    height: mm(box.h - 2 * pad),
    borderColor: color(colors.muted),
    borderWidth: 0.3,
  });
  text(
    page,
    "Dashed: the clear space around the artwork (solid). Minimum sizes: lockup 25 mm / " +
      "120 px wide, icon 5 mm / 16 px.",
    MARGIN + 130,
    top + 8,
    10,
    ctx.pdf.fonts.body,
    colors.ink,
    W - 2 * MARGIN - 130,
  );
  await picture(ctx, page, "logos/preview/lockup-horizontal-inverse-on-dark.png", {
    x: MARGIN + 130,
    y: top + 20,
    w: 90,
    h: 30,
  });
  text(
    page,
    "Inverse (knockout) on dark",
    MARGIN + 130,
    top + 56,
    9,
    ctx.pdf.fonts.body,
    colors.muted,
  );
}

async function misusePage(ctx: Ctx) {
  const { page, y } = newPage(ctx, "Misuse", "Always use the supplied files. Never:");
  const { colors } = ctx.art;
  const main = ctx.art.lockup.png;
  const tileW = (W - 2 * MARGIN - 2 * 8) / 3;
  const tileH = (H - y - 20 - 12) / 2;
  const cases: [string, (box: { x: number; y: number; w: number; h: number }) => Promise<void>][] =
    [
      [
        "stretch or squeeze it",
        async (b) => void await picture(ctx, page, main, b, { stretch: [1.25, 0.6] }),
      ],
      [
        "rotate it",
        async (b) => void await picture(ctx, page, main, { ...b, y: b.y + 6 }, { rotate: 12 }),
      ],
      [
        "fade it or change its transparency",
        async (b) => void await picture(ctx, page, main, b, { opacity: 0.3 }),
      ],
      ["place it on a busy or low-contrast color", async (b) => {
        rect(page, b.x - 10, b.y - 6, b.w + 20, b.h + 12, colors.primary);
        await picture(ctx, page, main, b);
      }],
      ["crowd it: keep its clear space free", async (b) => {
        const box = await picture(ctx, page, main, b);
        text(
          page,
          "SALE 50% OFF",
          box.x + box.w * 0.55,
          box.y + box.h * 0.35,
          14,
          ctx.pdf.fonts.heading,
          RED,
          60,
        );
      }],
      ["add shadows or effects", async (b) => {
        // The artwork itself, faded and offset, stands for a drop shadow.
        await picture(ctx, page, main, { ...b, x: b.x + 1.5, y: b.y + 1.5 }, { opacity: 0.3 });
        await picture(ctx, page, main, b);
      }],
    ];
  for (const [i, [label, draw]] of cases.entries()) {
    const x = MARGIN + (i % 3) * (tileW + 8);
    const top = y + Math.floor(i / 3) * (tileH + 6);
    rect(page, x, top, tileW, tileH - 10, "#ffffff");
    await draw({ x: x + 10, y: top + 6, w: tileW - 20, h: tileH - 22 });
    crossOut(page, x + tileW - 7, top + 6);
    text(page, `Don't ${label}`, x, top + tileH - 4, 9, ctx.pdf.fonts.body, colors.ink, tileW);
  }
}

/** A red cross centred on (cx, cy) mm: marks a misuse tile as wrong. */
function crossOut(page: PDFPage, cx: number, cy: number) {
  for (const [dx, dy] of [[-2.5, -2.5], [-2.5, 2.5]]) {
    page.drawLine({
      start: { x: mm(cx + dx), y: mm(H - cy - dy) },
      end: { x: mm(cx - dx), y: mm(H - cy + dy) },
      thickness: 1.5,
      color: color(RED),
    });
  }
}

function colorPage(ctx: Ctx) {
  const { page, y } = newPage(ctx, "Color", `CMYK values: ${CMYK_METHOD}.`);
  const { colors } = ctx.art;
  const swatches = ctx.input.palette.colors.slice(0, 8);
  const cols = 4;
  const tileW = (W - 2 * MARGIN - (cols - 1) * 6) / cols;
  swatches.forEach((swatch, i) => {
    const x = MARGIN + (i % cols) * (tileW + 6);
    const top = y + Math.floor(i / cols) * 58;
    rect(page, x, top, tileW, 24, swatch.hex);
    page.drawRectangle({
      x: mm(x),
      y: mm(H - top - 24),
      width: mm(tileW),
      height: mm(24),
      borderColor: color(colors.muted),
      borderWidth: 0.2,
    });
    const v = colorValues(swatch.hex);
    let line = text(page, swatch.role, x, top + 30, 10, ctx.pdf.fonts.heading, colors.ink, tileW);
    for (const value of [v.hex, rgbText(v), cmykText(v), v.oklch]) {
      line = text(page, value, x, line, 8, ctx.pdf.fonts.body, colors.muted, tileW);
    }
  });
}

function contrastPage(ctx: Ctx) {
  const { page, y } = newPage(
    ctx,
    "Contrast pairs",
    "Text and background pairs of the light and dark themes, with their WCAG 2 ratio (AA " +
      "asks 4.5:1 for body text, AAA 7:1) and APCA Lc.",
  );
  const { colors } = ctx.art;
  const rows = ctx.input.palette.contrast.slice(0, 22);
  const colW = (W - 2 * MARGIN - 10) / 2;
  rows.forEach((entry, i) => {
    const x = MARGIN + Math.floor(i / 11) * (colW + 10);
    const top = y + (i % 11) * 11;
    const theme = ctx.input.palette.themes[entry.theme];
    rect(page, x, top, 18, 8.5, theme[entry.bg]);
    text(page, "Aa", x + 5, top + 6.3, 10, ctx.pdf.fonts.heading, theme[entry.fg], 12);
    const verdict = entry.aaa ? "AAA" : entry.aa ? "AA" : "fails AA";
    text(
      page,
      `${entry.theme}: ${entry.fg} on ${entry.bg} — ${entry.ratio.toFixed(2)}:1 ${verdict}, ` +
        `Lc ${entry.apca.toFixed(0)}`,
      x + 22,
      top + 5.8,
      9,
      ctx.pdf.fonts.body,
      colors.ink,
      colW - 22,
    );
  });
}

function typePage(ctx: Ctx) {
  const { heading, body, reason } = ctx.type;
  const { page, y } = newPage(
    ctx,
    "Typography",
    `${heading.family} for the wordmark and headings, ${body.family} for text. ${reason} ` +
      `Both under the ${licenseName("OFL-1.1")}; the files are in the kit's fonts/ folder.`,
  );
  const { colors } = ctx.art;
  const { heading: bold, body: regular } = ctx.pdf.fonts;
  text(page, "Aa", MARGIN, y + 40, 96, bold, colors.ink, 80);
  text(page, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", MARGIN, y + 56, 12, bold, colors.ink, 90);
  text(page, "abcdefghijklmnopqrstuvwxyz 0123456789", MARGIN, y + 63, 12, regular, colors.ink, 90);
  const steps = [...TYPE_SCALE].reverse().slice(0, 6);
  const width = W - 148 - MARGIN;
  // One line per step, whatever the face's width: the tagline if it fits at the largest size,
  // else the name, else the name's first line.
  const { name, tagline } = ctx.input.brand;
  const lines = (value: string) => wrap(value, bold, steps[0][1] * 0.75, mm(width));
  const sample = [tagline, name].find((value) => value && lines(value).length === 1) ??
    lines(name)[0] ?? name;
  let line = y + 4;
  for (const [step, size] of steps) {
    const pt = size * 0.75;
    line += pt * 25.4 / 72 * 1.1;
    text(page, `${step} · ${size}px`, 120, line, 7, regular, colors.muted, 30);
    line = text(page, sample, 148, line, pt, size >= 25 ? bold : regular, colors.ink, width) + 2;
  }
}

function voicePage(ctx: Ctx) {
  const { brand, taglines } = ctx.input;
  const tones = [...new Set(taglines.map((t) => t.tone))];
  const { page, y } = newPage(
    ctx,
    "Voice and taglines",
    tones.length ? `Tone: ${tones.join(", ")}. ${brand.description}` : brand.description,
  );
  const { colors } = ctx.art;
  let line = y + 4;
  for (const tagline of taglines.slice(0, 8)) {
    if (line > H - 30) break;
    line = text(page, tagline.text, MARGIN, line, 13, ctx.pdf.fonts.heading, colors.ink);
    line = text(
      page,
      `${tagline.tone} · ${tagline.rationale}`,
      MARGIN,
      line,
      8.5,
      ctx.pdf.fonts.body,
      colors.muted,
    ) + 4;
  }
}

function namesPage(ctx: Ctx) {
  const summary = domainSummary(ctx.input.domains);
  const { page, y } = newPage(ctx, "Names and domains", `Domains: ${summary.text}.`);
  const { colors } = ctx.art;
  const { names } = namesContent(ctx.input);
  let line = y + 2;
  for (const [i, entry] of names.entries()) {
    if (line > H - 24) {
      text(
        page,
        `${names.length - i} more names in content/names.json.`,
        MARGIN,
        line,
        8.5,
        ctx.pdf.fonts.body,
        colors.muted,
      );
      break;
    }
    text(page, entry.name, MARGIN, line, 11, ctx.pdf.fonts.heading, colors.ink, 60);
    text(
      page,
      `score ${entry.score.total}`,
      MARGIN + 62,
      line,
      8.5,
      ctx.pdf.fonts.body,
      colors.muted,
      24,
    );
    // With no verdict at all, one "not checked" says it; else each domain says its own.
    const domains = entry.domains.length === 0
      ? "no domains asked about"
      : summary.answered === 0
      ? `${entry.domains.map((d) => d.domain).join(" · ")} (not checked)`
      : entry.domains.map((d) => `${d.domain} ${verdictText(d)}`).join(" · ");
    line = text(
      page,
      domains,
      MARGIN + 88,
      line,
      8.5,
      ctx.pdf.fonts.body,
      colors.ink,
      W - 2 * MARGIN - 88,
    ) + 3;
  }
}

function madePage(ctx: Ctx) {
  const { page, y } = newPage(
    ctx,
    "How this was made",
    `Generated ${ctx.input.generated_at}. Domains: ${domainSummary(ctx.input.domains).text}.`,
  );
  const { colors } = ctx.art;
  let line = y + 2;
  for (const [stage, p] of Object.entries(ctx.input.provenance)) {
    text(page, stage, MARGIN, line, 10, ctx.pdf.fonts.heading, colors.ink, 40);
    const parts = [
      `${p.provider} / ${p.model}`,
      p.prompt_version && `prompt ${p.prompt_version}`,
      p.research_version && `research ${p.research_version}`,
      stage === STAGE.domains
        ? domainSummary(ctx.input.domains).text
        : p.fell_back
        ? "the offline generator stood in"
        : undefined,
    ].filter(Boolean).join(" · ");
    line = text(page, parts, MARGIN + 42, line, 9, ctx.pdf.fonts.body, colors.muted) + 3;
  }
  line += 4;
  line = text(
    page,
    `Fonts: ${
      ctx.type.faces.map((f) =>
        `${f.family.family} (@fontsource/${f.family.id}@${f.family.version})`
      )
        .join(", ")
    }, ${licenseName("OFL-1.1")}.`,
    MARGIN,
    line,
    9,
    ctx.pdf.fonts.body,
    colors.ink,
  );
  text(page, `CMYK: ${CMYK_METHOD}.`, MARGIN, line + 2, 9, ctx.pdf.fonts.body, colors.ink);
}

export async function guidelinesFile(
  input: KitInput,
  logos: KitLogos,
  type: KitType,
  rendered: readonly KitFile[],
  render: Renderer,
): Promise<KitFile> {
  const pdf = await newPdf(
    `${input.brand.name} brand guidelines`,
    input.generated_at,
    type,
    [...rendered, ...await tileRenders(logos, render)],
  );
  const ctx: Ctx = { pdf, input, logos, art: printArt(input, logos), type };
  await cover(ctx);
  await logoPage(ctx);
  if (logos.lockups) await misusePage(ctx);
  colorPage(ctx);
  contrastPage(ctx);
  typePage(ctx);
  voicePage(ctx);
  namesPage(ctx);
  madePage(ctx);
  return {
    path: "brand-guidelines.pdf",
    data: await pdf.doc.save(),
    madeBy: [
      logoRef(input.logos[0]),
      ...type.faces.map((face) => fontRef(face.family)),
      STAGE.colors,
      STAGE.names,
      STAGE.domains,
      STAGE.taglines,
    ],
  };
}
