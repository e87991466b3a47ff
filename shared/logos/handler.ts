import type { AiClient } from "../ai/client.ts";
import type { GeneratedImage, ImageResult, SubmittedJob } from "../ai/types.ts";
import { describeError, type Logger } from "../log.ts";
import type { LogoStyleResearch } from "../research/logo_styles.ts";
import type { ResearchRegistry } from "../research/registry.ts";
import type { GenerationContext, GenerationHandler } from "../runtime/job.ts";
import type { AssetStore, StoreAsset } from "../storage/assets.ts";
import { chooseType } from "../type/choose.ts";
import { wordmarkStyle } from "../type/families.ts";
import { loadHeadingFonts } from "../type/fonts.ts";
import { typographyRecord } from "../type/schema.ts";
import { fetchProviderImage } from "./fetch_image.ts";
import { lockups } from "./lockup.ts";
import { analysisFor } from "../analysis/resolve.ts";
import { lockupBox, type LogoMark, logoMarks } from "../marks/logo_marks.ts";
import { initialsOf, OFFLINE_PROVIDER, offlinePromptVersion } from "./offline.ts";
import { type LogoPalette, resolvePalette } from "./palette.ts";
import { inspectPng } from "./png.ts";
import { buildLogoPrompt } from "./prompt.ts";
import { sanitizeSvg } from "./sanitize_svg.ts";
import type { LogoConcept, LogosInput, LogosOutput } from "./schema.ts";
import { hashSeed } from "./seed.ts";
import { type Wordmark, wordmarkSvg } from "./wordmark.ts";

/** What generate-logos uses. */
export interface LogosDeps {
  ai: AiClient;
  research: ResearchRegistry;
  assets: AssetStore;
  log: Logger;
}

interface Checkpoint {
  jobs: SubmittedJob[];
}

type Ctx = GenerationContext<LogosInput, LogosDeps>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A composed mark as the image chain hands back its images. */
const asImage = (mark: LogoMark): GeneratedImage => ({
  source: "bytes",
  bytes: encoder.encode(mark.svg),
  format: "svg",
  mimeType: "image/svg+xml",
  width: mark.width,
  height: mark.height,
});

async function imageBytes(image: GeneratedImage, signal: AbortSignal): Promise<Uint8Array> {
  return image.source === "bytes" ? image.bytes : await fetchProviderImage(image.url, signal);
}

/** Stores a file of this generation. */
const store = (ctx: Ctx, file: Omit<StoreAsset, "ownerId" | "generationId">) =>
  ctx.deps.assets.store({ ownerId: ctx.user.id, generationId: ctx.id, ...file });

/** Stores the six lockups of a mark side by side (six writes at most); returns their URLs. */
async function storeLockups(
  ctx: Ctx,
  index: number,
  mark: { svg: string; width: number; height: number },
  wordmark: Wordmark,
  palette: LogoPalette,
  model: string,
) {
  const sets = lockups(mark, wordmark, palette, lockupBox(model));
  const files = Object.entries(sets).flatMap(([layout, variants]) =>
    Object.entries(variants).map(([variant, asset]) => ({ layout, variant, asset }))
  );
  const stored = await Promise.all(files.map(({ layout, variant, asset }) =>
    store(ctx, {
      kind: "logo-lockup",
      name: `logo-${index + 1}-${layout}-${variant}.svg`,
      bytes: encoder.encode(asset.svg),
      mime: "image/svg+xml",
      metadata: { layout, variant, width: asset.width, height: asset.height },
    })
  ));
  const urls: Record<string, Record<string, string>> = {};
  files.forEach(({ layout, variant }, i) => (urls[layout] ??= {})[variant] = stored[i].url);
  return urls as LogoConcept["lockups"];
}

/** The wordmark, stored; null when the brand font lacks the name's script. */
async function storeWordmark(
  ctx: Ctx,
  heading: Awaited<ReturnType<typeof loadHeadingFonts>>,
  color: string,
) {
  let wordmark: Wordmark;
  try {
    wordmark = wordmarkSvg(ctx.input.brand_name, {
      font: heading.fonts,
      color,
      ...wordmarkStyle(heading.family),
    });
  } catch (err) {
    // Marks still ship, without lockups.
    ctx.deps.log.log("warn", "wordmark unavailable", {
      generation_id: ctx.id,
      ...describeError(err),
    });
    return null;
  }
  const stored = await store(ctx, {
    kind: "wordmark",
    name: "wordmark.svg",
    bytes: encoder.encode(wordmark.svg),
    mime: "image/svg+xml",
  });
  return { wordmark, url: stored.url };
}

type ConceptBase = Pick<
  LogoConcept,
  "provider" | "model" | "prompt_version" | "concept" | "depicts"
>;

/** One image checked (SVG sanitised, PNG inspected), stored, and with its lockups if SVG. */
async function storeConcept(
  ctx: Ctx,
  i: number,
  image: { format: GeneratedImage["format"]; bytes: Uint8Array },
  base: ConceptBase,
  lockupsOf: (
    mark: { svg: string; width: number; height: number },
  ) => Promise<LogoConcept["lockups"]>,
): Promise<LogoConcept> {
  const bytes = image.bytes;
  if (image.format === "svg") {
    const clean = sanitizeSvg(decoder.decode(bytes));
    const stored = await store(ctx, {
      kind: "logo",
      name: `logo-${i + 1}.svg`,
      bytes: encoder.encode(clean.svg),
      mime: "image/svg+xml",
      metadata: { ...base, removed: clean.removed },
    });
    const withLockups = await lockupsOf(clean);
    return {
      id: stored.id,
      ...base,
      format: "svg",
      url: stored.url,
      width: clean.width,
      height: clean.height,
      ...(withLockups ? { lockups: withLockups } : {}),
    };
  }
  const info = inspectPng(bytes);
  const stored = await store(ctx, {
    kind: "logo",
    name: `logo-${i + 1}.png`,
    bytes,
    mime: "image/png",
    metadata: base,
  });
  return {
    id: stored.id,
    ...base,
    format: "png",
    url: stored.url,
    width: info.width,
    height: info.height,
  };
}

/** Marks from the image chain (SVG preferred, resuming jobs already paid for), or offline. */
function requestMarks(
  ctx: Ctx,
  research: LogoStyleResearch,
  prompt: string,
  count: number,
  offline: () => Promise<GeneratedImage[]>,
): Promise<ImageResult> {
  const saved = (ctx.checkpoint as Checkpoint | null)?.jobs ?? [];
  const jobs = [...saved];
  return ctx.deps.ai.generateImages({
    prompt,
    style: research.styles[ctx.input.style].prompt.traits.join(", "),
    width: 1024,
    height: 1024,
    format: "svg",
    count,
    resume: saved,
    onSubmitted: async (job) => {
      jobs.push(job);
      await ctx.saveCheckpoint({ jobs } satisfies Checkpoint);
    },
    offline,
    generationId: ctx.id,
    signal: ctx.signal,
  });
}

/** Where a logos run gets its colors: the request's, or (in a package) the palette stage's. */
export type PaletteSource = (input: LogosInput) => Promise<LogosInput["palette"]>;

/** An image to store, and the composed mark it is when we drew it. */
interface Drawn {
  image: GeneratedImage;
  mark?: LogoMark;
}

/**
 * Composed concept marks lead (half of them, from two on); the image chain draws the rest, and
 * offline those are the next composed and geometric marks. Only the chain's share is paid for.
 */
async function drawMarks(
  ctx: Ctx,
  research: LogoStyleResearch,
  prompt: string,
  composedMarks: () => Promise<LogoMark[]>,
): Promise<{ drawn: Drawn[]; result: ImageResult }> {
  const count = ctx.input.count;
  const composed = count >= 2 ? Math.floor(count / 2) : 0;
  const result = await requestMarks(
    ctx,
    research,
    prompt,
    count - composed,
    async () => (await composedMarks()).slice(composed).map(asImage),
  );
  const isOffline = result.provider === "offline";
  const own = composed > 0 || isOffline ? await composedMarks() : [];
  const drawn = [
    ...own.slice(0, composed).map((mark) => ({ image: asImage(mark), mark })),
    ...result.images.slice(0, count - composed).map((image, i) => ({
      image,
      mark: isOffline ? own[composed + i] : undefined,
    })),
  ];
  return { drawn, result };
}

/** The composed marks, drawn once, in the palette once it is known. */
function composer(
  input: LogosInput,
  options: Pick<Parameters<typeof logoMarks>[1], "analysis" | "fonts" | "research">,
  seed: number,
  colors: () => Promise<LogosInput["palette"]>,
): () => Promise<LogoMark[]> {
  let marks: Promise<LogoMark[]> | undefined;
  return () =>
    marks ??= colors().then((given) =>
      logoMarks(input, {
        ...options,
        palette: resolvePalette(given, seed),
        ids: `m${seed.toString(36)}`,
      })
    );
}

/** What a stored logo says about itself: who drew it, with which prompt, depicting what. */
function conceptBase(
  drawn: Drawn,
  result: ImageResult,
  versions: { offline: string; prompt: string },
  style: string,
  centralConcept: string,
): ConceptBase {
  if (drawn.mark) {
    return {
      provider: OFFLINE_PROVIDER,
      model: drawn.mark.model,
      prompt_version: versions.offline,
      concept: drawn.mark.concept,
      depicts: drawn.mark.depicts,
    };
  }
  return {
    provider: result.provider,
    model: result.model,
    prompt_version: versions.prompt,
    concept: `${result.model.split("/").pop()}-${style}`,
    depicts: { concept: centralConcept },
  };
}

/**
 * generate-logos: marks from the image chain (SVG preferred; no text in them), or offline
 * geometric marks; every SVG sanitised and every PNG checked before it is stored; the name is
 * set by us as an outlined wordmark and combined into lockups. The palette is asked for only
 * when it is needed (offline marks, wordmark, lockups), so a package can run its logos and
 * colors stages side by side and still draw with the chosen palette.
 */
export const logosHandlerWith = (
  paletteSource: PaletteSource,
): GenerationHandler<LogosInput, LogosOutput, LogosDeps> =>
async (ctx) => {
  const input = ctx.input;
  const research = await ctx.deps.research.get("logo_styles");
  const analysis = await analysisFor(input.brief, input.analysis);
  const prompt = buildLogoPrompt(input, research, analysis.concepts);
  // The name is set in the heading family the brief's personality calls for.
  const type = chooseType(analysis);
  const heading = await loadHeadingFonts(
    type.heading,
    input.brand_name + initialsOf(input.brand_name),
  );
  const fonts = heading.fonts;
  const seed = hashSeed(input.brand_name.trim(), input.style, input.brief?.description ?? "");
  let given: Promise<LogosInput["palette"]> | undefined;
  const colors = () => given ??= paletteSource(input);
  const composedMarks = composer(input, { analysis, fonts, research }, seed, colors);

  await ctx.progress("marks", 0, input.count);
  const { drawn, result } = await drawMarks(ctx, research, prompt.prompt, composedMarks);
  const palette = resolvePalette(await colors(), seed);
  const versions = { offline: offlinePromptVersion(research), prompt: prompt.promptVersion };
  const wordmark = await storeWordmark(ctx, heading, palette.text);

  const logos: LogoConcept[] = [];
  for (const [i, one] of drawn.entries()) {
    const base = conceptBase(one, result, versions, input.style, analysis.concepts[0].term);
    const bytes = await imageBytes(one.image, ctx.signal);
    logos.push(
      await storeConcept(
        ctx,
        i,
        { format: one.image.format, bytes },
        base,
        async (mark) =>
          wordmark
            ? await storeLockups(ctx, i, mark, wordmark.wordmark, palette, base.model)
            : undefined,
      ),
    );
    await ctx.progress("marks", i + 1, input.count);
  }
  const { url, wordmark: mark } = wordmark ?? {};
  return {
    logos,
    wordmark: mark ? { url: url!, width: mark.width, height: mark.height } : null,
    palette,
    typography: typographyRecord(type, heading.family),
    source: {
      provider: result.provider,
      model: result.model,
      prompt_version: result.provider === "offline" ? versions.offline : versions.prompt,
      research_version: research.version,
    },
  };
};

export const logosHandler = logosHandlerWith((input) => Promise.resolve(input.palette));
