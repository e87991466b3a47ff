/**
 * Images from fal through its queue API (submit → status → result). One queue request per
 * image: every request id is reported through onSubmitted as soon as it exists, so a
 * generation that is retried later fetches those results instead of paying for them twice.
 *
 * Pointing the SDK elsewhere (FAL_BASE_URL, used by tests with a loopback fake): the SDK
 * always builds https://queue.fal.run/<owner>/<alias>/... URLs and has no base URL option;
 * its `requestMiddleware` hook may rewrite each request's URL, so it swaps that origin for
 * FAL_BASE_URL and keeps path and query. (`proxyUrl` would instead send every request to one
 * URL with the target in an x-fal-target-url header, which a server must then route.)
 */
import { createFalClient, type RequestMiddleware } from "@fal-ai/client";
import { z } from "zod";
import { sleep } from "../../abort.ts";
import { failureFromResponse } from "../classify.ts";
import { ProviderError } from "../errors.ts";
import type { GeneratedImage, ImageAttempt, ImageFormat, ImageProvider } from "../types.ts";

export interface FalImageOptions {
  model: string;
  apiKey: string;
  /** Replaces the queue origin (https://queue.fal.run). */
  baseURL?: string;
  /** Status polling interval while a request is queued or running. */
  pollIntervalMs?: number;
}

const FalOutput = z.object({
  images: z.array(z.object({
    url: z.string(),
    content_type: z.string().optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
  })).min(1),
});

type FalClient = ReturnType<typeof createFalClient>;

interface FalJobs {
  fal: FalClient;
  model: string;
  pollIntervalMs: number;
}

async function waitForImages(
  jobs: FalJobs,
  requestId: string,
  attempt: ImageAttempt,
  signal: AbortSignal,
) {
  const { fal, model } = jobs;
  while (
    (await fal.queue.status(model, { requestId, abortSignal: signal })).status !== "COMPLETED"
  ) {
    await sleep(jobs.pollIntervalMs, signal);
  }
  const result = await fal.queue.result(model, { requestId, abortSignal: signal });
  return imagesFrom(result.data, attempt);
}

/** One image job: the one an earlier attempt submitted if fal still has it, else a new one. */
async function runJob(
  jobs: FalJobs,
  attempt: ImageAttempt,
  index: number,
  resumeId: string | undefined,
  signal: AbortSignal,
) {
  if (resumeId !== undefined) {
    try {
      return await waitForImages(jobs, resumeId, attempt, signal);
    } catch (err) {
      // Only a request fal no longer knows (404) or that failed for good (4xx) is replaced
      // by a new one; anything transient goes back to the client's retry policy.
      const gone = err instanceof ProviderError &&
        (err.kind === "not_found" || err.kind === "bad_request");
      if (!gone) throw err;
    }
  }
  const queued = await jobs.fal.queue.submit(jobs.model, {
    input: inputFor(jobs.model, attempt),
    abortSignal: signal,
  });
  await attempt.onSubmitted({
    provider: "fal",
    model: jobs.model,
    requestId: queued.request_id,
    index,
  });
  return await waitForImages(jobs, queued.request_id, attempt, signal);
}

export function falImageProvider(options: FalImageOptions): ImageProvider {
  const { model } = options;
  const jobs: FalJobs = {
    model,
    pollIntervalMs: options.pollIntervalMs ?? 750,
    fal: createFalClient({
      credentials: options.apiKey,
      fetch: failFast,
      ...(options.baseURL ? { requestMiddleware: rebaseTo(options.baseURL) } : {}),
    }),
  };
  return {
    provider: "fal",
    model,
    async generate(attempt, signal) {
      const resumable = new Map(
        attempt.resume
          .filter((job) => job.provider === "fal" && job.model === model)
          .map((job) => [job.index, job.requestId]),
      );
      const batches = await Promise.all(
        Array.from(
          { length: attempt.count },
          (_, i) => runJob(jobs, attempt, i, resumable.get(i), signal),
        ),
      );
      return { images: batches.flat(), tokens: null };
    },
  };
}

/**
 * fal's fetch: every error answer and transport failure becomes a ProviderError here. fal's
 * built-in retry loop retries only its own ApiError and network-shaped errors (walking
 * `cause`), so this also switches its retries off (up to 3 per queue call, 1 s+ backoff):
 * the client's policy stays the only retry loop.
 */
const failFast: typeof fetch = async (input, init) => {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (err) {
    if (init?.signal?.aborted) throw err;
    // Deliberately without `cause`, which fal's retry check would inspect.
    throw new ProviderError("connection_error", `fal: ${(err as Error).message}`);
  }
  if (response.ok) return response;
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A non-JSON error page: its text is the message.
  }
  throw failureFromResponse("fal", response.status, response.headers, body, Date.now());
};

function rebaseTo(baseURL: string): RequestMiddleware {
  const base = baseURL.replace(/\/+$/, "");
  return (request) => {
    const url = new URL(request.url);
    return Promise.resolve({ ...request, url: `${base}${url.pathname}${url.search}` });
  };
}

/** Recraft takes a style family (vector_illustration yields SVG); other models get it in words. */
function inputFor(model: string, attempt: ImageAttempt): Record<string, unknown> {
  const image_size = { width: attempt.width, height: attempt.height };
  const prompt = attempt.style ? `${attempt.prompt}. Style: ${attempt.style}` : attempt.prompt;
  if (model.includes("recraft")) {
    const style = attempt.format === "svg" ? "vector_illustration" : "digital_illustration";
    return { prompt, image_size, style };
  }
  return { prompt, image_size, num_images: 1 };
}

function imagesFrom(data: unknown, attempt: ImageAttempt): GeneratedImage[] {
  const parsed = FalOutput.safeParse(data);
  if (!parsed.success) {
    throw new ProviderError("invalid_output", "fal returned no usable images", {
      invalidAnswer: { answer: JSON.stringify(data), problems: parsed.error.message },
    });
  }
  return parsed.data.images.map((image) => {
    const format = formatOf(image.content_type, image.url);
    return {
      source: "url",
      url: image.url,
      format,
      mimeType: image.content_type ?? MIME[format],
      width: image.width ?? attempt.width,
      height: image.height ?? attempt.height,
    };
  });
}

const MIME: Record<ImageFormat, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

function formatOf(contentType: string | undefined, url: string): ImageFormat {
  const byType = Object.entries(MIME).find(([, mime]) => contentType?.startsWith(mime));
  if (byType) return byType[0] as ImageFormat;
  const extension = url.split(/[?#]/)[0].split(".").pop()?.toLowerCase();
  if (extension === "jpg") return "jpeg";
  return extension === "svg" || extension === "webp" || extension === "jpeg" ? extension : "png";
}
