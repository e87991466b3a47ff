/**
 * Brand kit v2, file by file: every file of a kit is opened with a reader of its kind (PDF
 * pages rendered by poppler's pdftoppm, PNGs decoded, HTML checked for balanced markup,
 * JSON parsed, SVG parsed by the sanitizer, fonts by their signature) and the manifest's
 * hashes and sizes are checked. The package is built offline for a brief that is none of
 * the benchmark briefs, with no registry reachable, so every domain verdict is unknown.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { buildBrandKit } from "../shared/kit/build.ts";
import { cmyk, colorValues } from "../shared/kit/color_values.ts";
import { domainSummary, NOT_CHECKED } from "../shared/kit/domain_summary.ts";
import { fontRef, kitType } from "../shared/kit/font.ts";
import { MASKABLE_SCALE, paddedIcon } from "../shared/kit/icon_art.ts";
import { BrandKitInputSchema } from "../shared/kit/input.ts";
import { CLEAR_SPACE, kitLogos } from "../shared/kit/logos.ts";
import { SOCIAL_SIZES } from "../shared/kit/social_sizes.ts";
import { FAVICON_STYLE } from "../shared/kit/web_files.ts";
import { inspectPng } from "../shared/logos/png.ts";
import { sanitizeSvgTree } from "../shared/logos/sanitize_svg.ts";
import type { XmlElement } from "../shared/logos/xml.ts";
import { typeFamily, wordmarkStyle } from "../shared/type/families.ts";
import { offlinePackage } from "../scripts/lib/kit_fixture.ts";

const BRIEF = {
  description: "Rowing club on a quiet river teaching teenagers to scull, with early " +
    "morning sessions and summer regattas.",
  industry: "sport",
  keywords: ["rowing", "river", "youth"],
};
const RAW = await offlinePackage("Oarsome", BRIEF);
const INPUT = BrandKitInputSchema.parse(RAW);
const KIT = await buildBrandKit(RAW);
const FILES = unzipSync(KIT.zip);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const MANIFEST = JSON.parse(text(FILES["manifest.json"]));
const HEADING = typeFamily(INPUT.typography!.heading);
const BODY = typeFamily(INPUT.typography!.body);
/** How a PDF names an embedded face: its PostScript name, "Lora-SemiBold". */
const postScript = (family: string) => family.replace(/\s+/g, "");
const listed = new Map<string, { width?: number; height?: number; sha256: string }>(
  MANIFEST.files.map((f: { path: string }) => [f.path, f]),
);

async function tool(command: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(command, { args, stdout: "piped", stderr: "piped" }).output();
  assert.ok(out.success, `${command} ${args.join(" ")}: ${text(out.stderr)}`);
  return text(out.stdout);
}

/** Renders every page with pdftoppm; returns the page count and pdfinfo's page boxes. */
async function renderPdf(bytes: Uint8Array) {
  const dir = await Deno.makeTempDir({ prefix: "kit-pdf-" });
  try {
    await Deno.writeFile(`${dir}/file.pdf`, bytes);
    await tool("pdftoppm", ["-png", "-r", "20", `${dir}/file.pdf`, `${dir}/page`]);
    const pages = [...Deno.readDirSync(dir)].filter((e) => e.name.startsWith("page"));
    for (const page of pages) {
      const png = await Deno.readFile(`${dir}/${page.name}`);
      assert.ok(inspectPng(png).width > 0);
    }
    const info = await tool("pdfinfo", ["-box", `${dir}/file.pdf`]);
    const text = await tool("pdftotext", [`${dir}/file.pdf`, "-"]);
    return { pages: pages.length, info, text };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Elements that never have a closing tag. */
const VOID = new Set(["meta", "link", "img", "br", "hr", "input", "source", "col", "wbr"]);

/** Every element closed, in order: a parser would build the tree the author meant. */
function assertBalanced(html: string, path: string) {
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<!doctype html>/i, "")
    .replace(/<style>[\s\S]*?<\/style>/g, "<style></style>");
  const stack: string[] = [];
  for (const [, close, name] of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g)) {
    const tag = name.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else assert.equal(stack.pop(), tag, `${path}: </${tag}> closes what it opened`);
  }
  assert.deepEqual(stack, [], `${path}: every element closed`);
}

Deno.test("every file of the kit opens with a reader of its kind and matches the manifest", async () => {
  const opened = new Set<string>();
  for (const [path, bytes] of Object.entries(FILES)) {
    const entry = listed.get(path);
    if (path !== "manifest.json") {
      assert.ok(entry, `${path} is listed`);
      assert.equal(createHash("sha256").update(bytes).digest("hex"), entry.sha256, path);
    }
    const ext = path.slice(path.lastIndexOf(".") + 1);
    if (ext === "pdf") {
      assert.ok((await renderPdf(bytes)).pages >= 1, path);
    } else if (ext === "png") {
      const info = inspectPng(bytes);
      assert.deepEqual({ width: info.width, height: info.height }, {
        width: entry!.width,
        height: entry!.height,
      }, path);
    } else if (ext === "svg") {
      sanitizeSvgTree(text(bytes).replace(`<style>${FAVICON_STYLE}</style>`, ""));
    } else if (ext === "html") {
      assertBalanced(text(bytes), path);
    } else if (ext === "json" || ext === "webmanifest") {
      JSON.parse(text(bytes));
    } else if (ext === "woff" || ext === "woff2") {
      assert.equal(text(bytes.subarray(0, 4)), ext === "woff" ? "wOFF" : "wOF2", path);
    } else if (ext === "ico") {
      assert.deepEqual([...bytes.subarray(0, 4)], [0, 0, 1, 0], path);
    } else if (ext === "ase") {
      assert.equal(text(bytes.subarray(0, 4)), "ASEF", path);
    } else {
      assert.ok(["css", "txt"].includes(ext) && bytes.length > 0, path);
    }
    opened.add(path);
  }
  assert.equal(opened.size, KIT.files.length);
});

/** pdffonts' listing of a PDF of the kit. */
async function pdfFonts(bytes: Uint8Array): Promise<string> {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/file.pdf`, bytes);
    return await tool("pdffonts", [`${dir}/file.pdf`]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("the guidelines PDF has every section, in the package's heading and body faces", async () => {
  const { pages, text } = await renderPdf(FILES["brand-guidelines.pdf"]);
  assert.ok(pages >= 8, `${pages} pages`);
  // Every character has a glyph in the embedded faces: none comes out as "?".
  assert.match(text, /sRGB to CMYK \(K = 1 - max\(R,G,B\)\)/);
  assert.doesNotMatch(text, /sRGB\?CMYK|1 \? max/);
  for (
    const heading of [
      "Brand guidelines",
      "Logo family and clear space",
      "Misuse",
      "Color",
      "Contrast pairs",
      "Typography",
      "Voice and taglines",
      "Names and domains",
      "How this was made",
    ]
  ) assert.ok(text.includes(heading), heading);
  assert.ok(text.includes(NOT_CHECKED), "says plainly that no domain was checked");
  for (const color of INPUT.palette.colors.slice(0, 8)) assert.ok(text.includes(color.hex));
  const fonts = await pdfFonts(FILES["brand-guidelines.pdf"]);
  for (const family of [HEADING.family, BODY.family]) {
    assert.match(
      fonts,
      new RegExp(`${postScript(family)}\\S*\\s+CID TrueType\\s+Identity-H\\s+yes`),
    );
  }
  assert.ok(text.includes(`${HEADING.family} for the wordmark and headings`));
});

Deno.test("business cards: two pages, trim 85×55 mm and 3.5×2 in, 3 mm bleed, crop marks", async () => {
  const pt = (mm: number) => mm * 72 / 25.4;
  for (const [path, w, h] of [["85x55mm", 85, 55], ["3.5x2in", 88.9, 50.8]] as const) {
    const { pages, info, text } = await renderPdf(FILES[`print/business-card-${path}.pdf`]);
    assert.equal(pages, 2, "front and back");
    const box = (name: string) => {
      const m = new RegExp(
        `^${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`,
        "m",
      ).exec(info);
      assert.ok(m, `${name} in ${info}`);
      const [x1, y1, x2, y2] = m.slice(1).map(Number);
      return [x2 - x1, y2 - y1];
    };
    const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
    const [tw, th] = box("TrimBox");
    const [bw, bh] = box("BleedBox");
    const [mw, mh] = box("MediaBox");
    assert.ok(close(tw, pt(w)) && close(th, pt(h)), `trim ${tw}×${th}`);
    assert.ok(close(bw, pt(w + 6)) && close(bh, pt(h + 6)), `bleed ${bw}×${bh}`);
    assert.ok(mw > bw && mh > bh, "room for crop marks outside the bleed");
    assert.ok(text.includes("Your Name") && text.includes("Your role"), "placeholders");
  }
  const front = text(FILES["print/business-card-85x55mm-front.svg"]);
  assert.match(front, /width="91mm" height="61mm"/, "SVG with bleed");
  assert.doesNotMatch(text(FILES["print/business-card-85x55mm-back.svg"]), /<text[\s>]/);
  for (const format of ["a4", "letter"]) {
    assert.equal((await renderPdf(FILES[`print/letterhead-${format}.pdf`])).pages, 1);
  }
});

Deno.test("social images are at the table's sizes, and profile marks fit the crop circle", () => {
  for (const size of SOCIAL_SIZES) {
    const info = inspectPng(FILES[`social/${size.file}.png`]);
    assert.deepEqual([info.width, info.height], [size.width, size.height], size.file);
  }
  assert.deepEqual(
    [
      inspectPng(FILES["social/og-image.png"]).width,
      inspectPng(FILES["social/og-image.png"]).height,
    ],
    [1200, 630],
  );
  // Maskable and profile art: the mark's box lies within the central 80%-diameter circle.
  const logos = kitLogos(INPUT, []);
  const art = paddedIcon(logos.icon.color, MASKABLE_SCALE, "#ffffff");
  const inner = art.children.find((c): c is XmlElement =>
    c.type === "element" && c.name === "svg"
  )!;
  const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(inner.attributes.get(a)));
  for (const [cx, cy] of [[x, y], [x + w, y], [x, y + h], [x + w, y + h]]) {
    assert.ok(Math.hypot(cx - 50, cy - 50) <= 40, `corner ${cx},${cy} inside the safe circle`);
  }
});

Deno.test("web: manifest icons exist at their sizes, maskable ones declared, favicon adapts", () => {
  const manifest = JSON.parse(text(FILES["web/manifest.webmanifest"]));
  assert.equal(manifest.name, "Oarsome");
  assert.ok(manifest.icons.some((i: { purpose: string }) => i.purpose === "maskable"));
  for (const icon of manifest.icons) {
    const png = inspectPng(FILES[`web/${icon.src}`]);
    assert.equal(`${png.width}x${png.height}`, icon.sizes, icon.src);
  }
  assert.equal(inspectPng(FILES["web/apple-touch-icon.png"]).width, 180);
  const favicon = text(FILES["web/favicon.svg"]);
  assert.match(favicon, /@media \(prefers-color-scheme:dark\)/);
  assert.equal(favicon.match(/class="on-(light|dark)"/g)?.length, 2);
  const head = text(FILES["web/head.html"]);
  for (
    const href of ["favicon.svg", "favicon.ico", "apple-touch-icon.png", "manifest.webmanifest"]
  ) {
    assert.ok(head.includes(`href="${href}"`) && FILES[`web/${href}`], href);
  }
});

Deno.test("the wordmark's box keeps clear space around the letters", async () => {
  const type = await kitType(INPUT);
  const logos = kitLogos(INPUT, type.nameFonts, {
    style: wordmarkStyle(type.heading),
    fontRef: fontRef(type.heading),
  });
  const word = logos.wordmark!.color;
  // The clear space on each side, as a share of the wordmark's width and height.
  const pad = logos.clearSpace!;
  assert.ok(pad / word.width > 0.05, `${((pad / word.width) * 100).toFixed(1)}% each side`);
  assert.ok(pad / word.height > 0.15);
  assert.equal(CLEAR_SPACE, 0.8);
});

Deno.test("the guide loads the kit's fonts, is responsive, dark-aware and honest about domains", () => {
  const html = text(FILES["brand-guide.html"]);
  const face = (family: string, weight: number) =>
    new RegExp(`@font-face \\{ font-family: "${family}";[^}]*font-weight: ${weight};`);
  assert.match(html, face(HEADING.family, HEADING.heading.weight));
  assert.match(html, face(BODY.family, 400));
  assert.match(html, /url\(data:font\/woff2;base64,/);
  assert.match(html, /font: 16px\/1\.5 var\(--font-body\)/);
  assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(html, /@media \(max-width: 40rem\)/);
  assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  assert.ok(html.includes(`Domains: ${NOT_CHECKED}.`));
  for (const name of INPUT.names) assert.ok(html.includes(`<strong>${name.name}</strong>`));
  // No section without content: each has a heading and something after it.
  for (const [, body] of html.matchAll(/<section id="[\w-]+">([\s\S]*?)<\/section>/g)) {
    assert.ok(body.replace(/<h2>[^<]*<\/h2>/, "").replace(/\s+/g, "").length > 40);
  }
  assert.equal(MANIFEST.domain_check.text, NOT_CHECKED);
  // The domains stage's own row does not read as if a registry had been asked and answered.
  const provenance = html.slice(html.indexOf('id="provenance"'));
  const row = provenance.match(/<tr><td>domains<\/td>.*?<\/tr>/)?.[0] ?? "";
  assert.ok(row.includes(NOT_CHECKED), row);
});

Deno.test("the email signature is tables and inline styles, images by URL with alt text", () => {
  const html = text(FILES["email/signature.html"]);
  assertBalanced(html, "signature");
  assert.match(html, /^<!-- Email signature\. Before use, replace the image src/);
  assert.doesNotMatch(html, /<style|<div|class=/);
  assert.match(html, /<table role="presentation"/);
  for (const [img] of html.matchAll(/<img [^>]*>/g)) {
    assert.match(img, / alt="Oarsome logo"/);
    assert.match(img, / src="\.\.\/logos\/png\/icon-180\.png"/);
    assert.match(img, / width="64" height="64"/);
  }
});

Deno.test("color values: CMYK by the stated naive formula, OKLCH, in colors.json", () => {
  assert.deepEqual(cmyk("#ffffff"), [0, 0, 0, 0]);
  assert.deepEqual(cmyk("#000000"), [0, 0, 0, 100]);
  assert.deepEqual(cmyk("#ff0000"), [0, 100, 100, 0]);
  assert.deepEqual(cmyk("#336699"), [67, 33, 0, 40]);
  assert.equal(colorValues("#ffffff").oklch, "oklch(100.0% 0.000 0)");
  assert.deepEqual(colorValues("#336699").rgb, [51, 102, 153]);
  const table = JSON.parse(text(FILES["palette/colors.json"]));
  assert.match(table.cmyk_method, /naive sRGB to CMYK.*not ICC/);
  assert.deepEqual(table.light.primary, colorValues(INPUT.palette.themes.light.primary));
});

Deno.test("every file follows the package's recorded heading and body families", async () => {
  const heading = typeFamily("playfair-display");
  const body = typeFamily("work-sans");
  const files = unzipSync(
    (await buildBrandKit({ ...RAW, typography: { heading: heading.id, body: body.id } })).zip,
  );
  const manifest = JSON.parse(text(files["manifest.json"]));
  assert.deepEqual(manifest.fonts.map((f: { family: string }) => f.family), [
    heading.family,
    body.family,
  ]);
  for (const format of ["woff2", "woff"]) {
    assert.ok(files[`fonts/playfair-display-${heading.heading.weight}.${format}`], format);
    assert.ok(files[`fonts/work-sans-400.${format}`], format);
  }
  assert.ok(!Object.keys(files).some((path) => path.includes("manrope")));
  const tokens = JSON.parse(text(files["palette/tokens.json"]));
  assert.equal(tokens.font.family.heading.$value[0], heading.family);
  assert.equal(tokens.font.family.body.$value[0], body.family);
  const tailwind = text(files["palette/tailwind.css"]);
  assert.match(tailwind, /--font-heading: "Playfair Display", /);
  assert.match(tailwind, /--font-sans: "Work Sans", /);
  const guide = text(files["brand-guide.html"]);
  assert.match(guide, /@font-face \{ font-family: "Playfair Display";/);
  assert.match(guide, /@font-face \{ font-family: "Work Sans";/);
  assert.doesNotMatch(guide, /Manrope/);
  assert.match(text(files["email/signature.html"]), /font-family:'Work Sans', Arial/);
  for (const path of ["brand-guidelines.pdf", "print/business-card-85x55mm.pdf"]) {
    const fonts = await pdfFonts(files[path]);
    assert.match(fonts, /PlayfairDisplay/, path);
    assert.match(fonts, /WorkSans/, path);
    assert.doesNotMatch(fonts, /Manrope/, path);
  }
});

Deno.test("the domain summary says what was established", () => {
  const base = INPUT.domains[0];
  const of = (...statuses: (typeof base.status)[]) =>
    statuses.map((status) => ({ ...base, status }));
  assert.equal(domainSummary(of("unknown", "unknown")).text, NOT_CHECKED);
  assert.equal(domainSummary([]).text, "not checked: no domains were asked about");
  assert.equal(
    domainSummary(of("available", "taken", "unknown")).text,
    "2 of 3 domains checked (1 available); 1 not checked: no registry answered",
  );
});

Deno.test("scripts/render-kit writes PNG previews of the guide, every PDF page and the social images", async () => {
  const dir = await Deno.makeTempDir({ prefix: "render-kit-" });
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", "scripts/render_kit.ts", dir, "--build", "Oarsome"],
      cwd: new URL("..", import.meta.url),
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.ok(out.success, text(out.stderr));
    const previews = [...Deno.readDirSync(`${dir}/preview`)].map((e) => e.name).sort();
    for (const name of ["guide-desktop.png", "guide-desktop-dark.png", "guide-phone.png"]) {
      assert.ok(previews.includes(name), name);
      assert.ok(inspectPng(await Deno.readFile(`${dir}/preview/${name}`)).height > 1000);
    }
    assert.ok(previews.filter((p) => p.startsWith("brand-guidelines-")).length >= 8);
    assert.equal(previews.filter((p) => p.startsWith("print-business-card-")).length, 4);
    assert.equal(previews.filter((p) => p.startsWith("social-")).length, SOCIAL_SIZES.length);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
