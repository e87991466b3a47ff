import type { GeneratedImage, SubmittedJob } from "../ai/types.ts";
import { analyzeBrief } from "../analysis/offline.ts";
import type { Source } from "../generation/rounds.ts";
import type { GenerationContext, GenerationHandler } from "../generation/runner.ts";
import { describeError } from "../log.ts";
import { storeAsset } from "../storage/assets.ts";
import { chooseType } from "../type/choose.ts";
import { wordmarkStyle } from "../type/families.ts";
import { loadHeadingFonts } from "../type/fonts.ts";
import { type Typography, typographyRecord } from "../type/schema.ts";
import { fetchProviderImage } from "./fetch_image.ts";
import { lockups } from "./lockup.ts";
import {
  initialsOf,
  OFFLINE_MODEL,
  type OfflineMark,
  offlineMarks,
  offlinePromptVersion,
} from "./marks.ts";
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
  /** The families the wordmark and the brand's text are set in, with their licenses. */
  typography: Typography;
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

/** Stores one lockup layout in its three variants; returns their URLs. */
async function storeLockups(
  ctx: Ctx,
  index: number,
  mark: { svg: string; width: number; height: number },
  wordmark: Wordmark,
  palette: LogoPalette,
) {
  const sets = lockups(mark, wordmark, palette);
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
 * generate-logos: marks from the image chain (SVG preferred; no text in them), or offline
 * geometric marks; every SVG sanitised and every PNG checked before it is stored; the name is
 * set by us as an outlined wordmark and combined into lockups. The palette is asked for only
 * when it is needed (offline marks, wordmark, lockups), so a package can run its logos and
 * colors stages side by side and still draw with the chosen palette.
 */
export const logosHandlerWith =
  (paletteSource: PaletteSource): GenerationHandler<LogosInput, LogosOutput> => async (ctx) => {
    const input = ctx.input;
    const research = await ctx.deps.research.get("logo_styles");
    const prompt = buildLogoPrompt(input, research);
    const type = chooseType(analyzeBrief(input.brief));
    const { family, fonts } = await loadHeadingFonts(
      type.heading,
      `${input.brand_name}${initialsOf(input.brand_name)}`,
    );
    const seed = hashSeed(input.brand_name.trim(), input.style, input.brief?.description ?? "");
    let given: Promise<LogosInput["palette"]> | undefined;
    const colors = () => given ??= paletteSource(input);
    let marks: OfflineMark[] | undefined;
    const offlineFor = async () =>
      marks ??= offlineMarks({ ...input, palette: await colors() }, { font: fonts, research });
    const saved = (ctx.checkpoint as Checkpoint | null)?.jobs ?? [];
    const jobs = [...saved];

    await ctx.progress("marks", 0, input.count);
    const result = await ctx.deps.ai.generateImages({
      prompt: prompt.prompt,
      style: research.styles[input.style].prompt.traits.join(", "),
      width: 1024,
      height: 1024,
      format: "svg",
      count: input.count,
      resume: saved,
      onSubmitted: async (job) => {
        jobs.push(job);
        await ctx.saveCheckpoint({ jobs } satisfies Checkpoint);
      },
      offline: async () =>
        (await offlineFor()).map((m) => ({
          source: "bytes" as const,
          bytes: encoder.encode(m.svg),
          format: "svg" as const,
          mimeType: "image/svg+xml",
          width: m.width,
          height: m.height,
        })),
      generationId: ctx.id,
      signal: ctx.signal,
    });
    const isOffline = result.provider === "offline";
    const palette = resolvePalette(await colors(), seed);
    const offline = isOffline ? await offlineFor() : [];
    const promptVersion = isOffline ? offlinePromptVersion(research) : prompt.promptVersion;

    let wordmark: Wordmark | null = null;
    try {
      wordmark = wordmarkSvg(input.brand_name, {
        font: fonts,
        color: palette.text,
        ...wordmarkStyle(family),
      });
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
    for (const [i, image] of result.images.slice(0, input.count).entries()) {
      const bytes = await imageBytes(image, ctx.signal);
      const concept = isOffline
        ? offline[i].concept
        : `${result.model.split("/").pop()}-${input.style}`;
      const base = {
        provider: result.provider,
        model: isOffline ? OFFLINE_MODEL : result.model,
        prompt_version: promptVersion,
        concept,
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
          ...(wordmark ? { lockups: await storeLockups(ctx, i, clean, wordmark, palette) } : {}),
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
      typography: typographyRecord(type, family),
      source: {
        provider: result.provider,
        model: result.model,
        prompt_version: promptVersion,
        research_version: research.version,
      },
    };
  };

export const logosHandler = logosHandlerWith((input) => Promise.resolve(input.palette));
