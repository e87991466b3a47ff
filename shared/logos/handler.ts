import type { GeneratedImage, SubmittedJob } from "../ai/types.ts";
import type { Source } from "../generation/rounds.ts";
import type { GenerationContext, GenerationHandler } from "../generation/runner.ts";
import { describeError } from "../log.ts";
import { storeAsset } from "../storage/assets.ts";
import { fetchProviderImage } from "./fetch_image.ts";
import { loadBrandFonts } from "./fonts.ts";
import { lockups } from "./lockup.ts";
import { analyzeBrief } from "../analysis/offline.ts";
import { lockupBox, type LogoMark, logoMarks } from "../marks/logo_marks.ts";
import { initialsOf, OFFLINE_PROVIDER, offlinePromptVersion } from "./marks.ts";
import { type LogoPalette, resolvePalette } from "./palette.ts";
import { inspectPng } from "./png.ts";
import { buildLogoPrompt } from "./prompt.ts";
import { sanitizeSvg } from "./sanitize_svg.ts";
import type { LogoConcept, LogosInput } from "./schema.ts";
import { hashSeed } from "./seed.ts";
import { type Wordmark, wordmarkSvg } from "./wordmark.ts";

export interface LogosOutput {
  logos: LogoConcept[];
  wordmark: { url: string; width: number; height: number } | null;
  palette: LogoPalette;
  source: Omit<Source, "rounds">;
}

interface Checkpoint {
  jobs: SubmittedJob[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function imageBytes(image: GeneratedImage, signal: AbortSignal): Promise<Uint8Array> {
  return image.source === "bytes" ? image.bytes : await fetchProviderImage(image.url, signal);
}

type Ctx = GenerationContext<LogosInput>;

/** A composed mark as the image chain hands back its images. */
const asImage = (mark: LogoMark): GeneratedImage => ({
  source: "bytes",
  bytes: encoder.encode(mark.svg),
  format: "svg",
  mimeType: "image/svg+xml",
  width: mark.width,
  height: mark.height,
});

/** Stores one lockup layout in its three variants; returns their URLs. */
async function storeLockups(
  ctx: Ctx,
  index: number,
  mark: { svg: string; width: number; height: number },
  wordmark: Wordmark,
  palette: LogoPalette,
  model: string,
) {
  const sets = lockups(mark, wordmark, palette, lockupBox(model));
  const urls: Record<string, Record<string, string>> = {};
  for (const [layout, variants] of Object.entries(sets)) {
    urls[layout] = {};
    for (const [variant, asset] of Object.entries(variants)) {
      const stored = await storeAsset(ctx.deps, {
        ownerId: ctx.user.id,
        generationId: ctx.id,
        kind: "logo-lockup",
        name: `logo-${index + 1}-${layout}-${variant}.svg`,
        bytes: encoder.encode(asset.svg),
        mime: "image/svg+xml",
        metadata: { layout, variant, width: asset.width, height: asset.height },
      });
      urls[layout][variant] = stored.url;
    }
  }
  return urls as LogoConcept["lockups"];
}

/** Where a logos run gets its colors: the request's, or (in a package) the palette stage's. */
export type PaletteSource = (input: LogosInput) => Promise<LogosInput["palette"]>;

/**
 * generate-logos: concept marks composed from library icons that depict the brief (the first
 * half, from two marks on), then marks from the image chain (SVG preferred; no text in them),
 * or offline the further composed and geometric marks; every SVG sanitised and every PNG
 * checked before it is stored; the name is set by us as an outlined wordmark and combined into
 * lockups. The palette is asked for only when it is needed (composed marks, wordmark,
 * lockups), so a package can run its logos and colors stages side by side and still draw with
 * the chosen palette.
 */
export const logosHandlerWith =
  (paletteSource: PaletteSource): GenerationHandler<LogosInput, LogosOutput> => async (ctx) => {
    const input = ctx.input;
    const research = await ctx.deps.research.get("logo_styles");
    const analysis = analyzeBrief(input.brief);
    const prompt = buildLogoPrompt(input, research, analysis.concepts);
    const fonts = await loadBrandFonts(`${input.brand_name}${initialsOf(input.brand_name)}`);
    const seed = hashSeed(input.brand_name.trim(), input.style, input.brief?.description ?? "");
    let given: Promise<LogosInput["palette"]> | undefined;
    const colors = () => given ??= paletteSource(input);
    let marks: LogoMark[] | undefined;
    const offlineFor = async () =>
      marks ??= await logoMarks(input, {
        analysis,
        palette: resolvePalette(await colors(), seed),
        fonts,
        research,
        ids: `m${seed.toString(36)}`,
      });
    const saved = (ctx.checkpoint as Checkpoint | null)?.jobs ?? [];
    const jobs = [...saved];
    // Composed concept marks lead (half of them, from two on); the image chain draws the rest,
    // and offline those are the next composed and geometric marks.
    const composed = input.count >= 2 ? Math.floor(input.count / 2) : 0;

    await ctx.progress("marks", 0, input.count);
    const result = await ctx.deps.ai.generateImages({
      prompt: prompt.prompt,
      style: research.styles[input.style].prompt.traits.join(", "),
      width: 1024,
      height: 1024,
      format: "svg",
      count: input.count - composed,
      resume: saved,
      onSubmitted: async (job) => {
        jobs.push(job);
        await ctx.saveCheckpoint({ jobs } satisfies Checkpoint);
      },
      offline: async () => (await offlineFor()).slice(composed).map(asImage),
      generationId: ctx.id,
      signal: ctx.signal,
    });
    const isOffline = result.provider === "offline";
    const palette = resolvePalette(await colors(), seed);
    const offline = composed > 0 || isOffline ? await offlineFor() : [];
    const offlineVersion = offlinePromptVersion(research);
    const promptVersion = isOffline ? offlineVersion : prompt.promptVersion;
    const drawn = [
      ...offline.slice(0, composed).map((mark) => ({ image: asImage(mark), mark })),
      ...result.images.slice(0, input.count - composed).map((image, i) => ({
        image,
        mark: isOffline ? offline[composed + i] : undefined,
      })),
    ];

    let wordmark: Wordmark | null = null;
    try {
      wordmark = wordmarkSvg(input.brand_name, { font: fonts, color: palette.text });
    } catch (err) {
      // A script the brand font lacks: marks still ship, without lockups.
      ctx.deps.log.log("warn", "wordmark unavailable", {
        generation_id: ctx.id,
        ...describeError(err),
      });
    }
    const storedWordmark = wordmark && await storeAsset(ctx.deps, {
      ownerId: ctx.user.id,
      generationId: ctx.id,
      kind: "wordmark",
      name: "wordmark.svg",
      bytes: encoder.encode(wordmark.svg),
      mime: "image/svg+xml",
    });

    const logos: LogoConcept[] = [];
    for (const [i, { image, mark }] of drawn.entries()) {
      const bytes = await imageBytes(image, ctx.signal);
      const base = mark
        ? {
          provider: OFFLINE_PROVIDER,
          model: mark.model,
          prompt_version: offlineVersion,
          concept: mark.concept,
          depicts: mark.depicts,
        }
        : {
          provider: result.provider,
          model: result.model,
          prompt_version: prompt.promptVersion,
          concept: `${result.model.split("/").pop()}-${input.style}`,
          depicts: { concept: analysis.concepts[0].term },
        };
      if (image.format === "svg") {
        const clean = sanitizeSvg(decoder.decode(bytes));
        const stored = await storeAsset(ctx.deps, {
          ownerId: ctx.user.id,
          generationId: ctx.id,
          kind: "logo",
          name: `logo-${i + 1}.svg`,
          bytes: encoder.encode(clean.svg),
          mime: "image/svg+xml",
          metadata: { ...base, removed: clean.removed },
        });
        logos.push({
          id: stored.id,
          ...base,
          format: "svg",
          url: stored.url,
          width: clean.width,
          height: clean.height,
          ...(wordmark
            ? { lockups: await storeLockups(ctx, i, clean, wordmark, palette, base.model) }
            : {}),
        });
      } else {
        const info = inspectPng(bytes);
        const stored = await storeAsset(ctx.deps, {
          ownerId: ctx.user.id,
          generationId: ctx.id,
          kind: "logo",
          name: `logo-${i + 1}.png`,
          bytes,
          mime: "image/png",
          metadata: base,
        });
        logos.push({
          id: stored.id,
          ...base,
          format: "png",
          url: stored.url,
          width: info.width,
          height: info.height,
        });
      }
      await ctx.progress("marks", i + 1, input.count);
    }
    return {
      logos,
      wordmark: storedWordmark && wordmark
        ? { url: storedWordmark.url, width: wordmark.width, height: wordmark.height }
        : null,
      palette,
      source: {
        provider: result.provider,
        model: result.model,
        prompt_version: promptVersion,
        research_version: research.version,
      },
    };
  };

export const logosHandler = logosHandlerWith((input) => Promise.resolve(input.palette));
