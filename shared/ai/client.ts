/**
 * The failover AI client: structured text and images from ordered provider chains, with
 * retries, circuit breakers shared through a HealthStore, per-attempt provenance and cost,
 * and the caller's offline generator as the last resort.
 */
import type { z } from "zod";
import { describeError, jsonLogger, type Logger } from "../log.ts";
import { continueInBackground } from "../runtime/background.ts";
import { checkAnswer } from "./answer.ts";
import { ProviderError } from "./errors.ts";
import { type FailoverDeps, runWithFailover } from "./failover.ts";
import { CachedHealthStore } from "./health_cache.ts";
import { DEFAULT_POLICY, type FailoverPolicy } from "./policy.ts";
import type {
  AttemptSink,
  HealthStore,
  ImageProvider,
  ImageRequest,
  ImageResult,
  SubmittedJob,
  TextProvider,
  TextRequest,
  TextResult,
} from "./types.ts";

export interface AiClientOptions {
  /** The text chain, in order of preference. */
  text: readonly TextProvider[];
  /** The image chain, in order of preference. */
  image: readonly ImageProvider[];
  /** Shared provider health; the client caches reads for `healthCacheMs`. */
  health: HealthStore;
  attempts: AttemptSink;
  log?: Logger;
  policy?: Partial<FailoverPolicy>;
  healthCacheMs?: number;
  now?: () => number;
  random?: () => number;
}

export interface AiClient {
  /** A structured object validated by `schema`, from the first provider that produces one. */
  generateObject<S extends z.ZodType>(request: TextRequest<S>): Promise<TextResult<z.output<S>>>;
  generateImages(request: ImageRequest): Promise<ImageResult>;
  /** The same client with no providers: every call goes straight to the offline generator. */
  offlineOnly(): AiClient;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 2048;
/** Health is shared state that changes on the scale of seconds; reads are cached that long. */
const DEFAULT_HEALTH_CACHE_MS = 3_000;

interface Runtime {
  deps: FailoverDeps;
  deadlineOf(deadline: number | undefined): number;
}

function runtimeOf(options: AiClientOptions): Runtime {
  const log = options.log ?? jsonLogger();
  const now = options.now ?? Date.now;
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const deps: FailoverDeps = {
    health: new CachedHealthStore(
      options.health,
      options.healthCacheMs ?? DEFAULT_HEALTH_CACHE_MS,
      now,
    ),
    sink: options.attempts,
    log,
    policy,
    now,
    random: options.random ?? Math.random,
    background(what, write) {
      continueInBackground(
        write.catch((err) => log.log("error", `${what} failed`, describeError(err))),
      );
    },
  };
  return { deps, deadlineOf: (deadline) => deadline ?? now() + policy.defaultBudgetMs };
}

function generateObject<S extends z.ZodType>(
  rt: Runtime,
  providers: readonly TextProvider[],
  request: TextRequest<S>,
): Promise<TextResult<z.output<S>>> {
  return runWithFailover(rt.deps, {
    capability: "text",
    providers,
    deadline: rt.deadlineOf(request.deadline),
    signal: request.signal,
    generationId: request.generationId,
    async attempt(provider, repairOf, signal) {
      const answer = await provider.generate({
        system: request.system,
        prompt: request.prompt,
        schema: request.schema,
        schemaName: request.schemaName,
        maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
        repair: repairOf?.invalidAnswer,
      }, signal);
      const checked = checkAnswer(request.schema, answer.text);
      if (!checked.ok) {
        throw new ProviderError("invalid_output", `${provider.provider}: ${checked.problems}`, {
          tokens: answer.tokens,
          requestId: answer.requestId,
          invalidAnswer: { answer: answer.text, problems: checked.problems },
        });
      }
      return {
        value: checked.value,
        usage: { tokens: answer.tokens },
        requestId: answer.requestId,
      };
    },
    // The offline generator is ours, but its output is held to the same schema.
    offline: async () => request.schema.parse(await request.offline()),
  });
}

function generateImages(
  rt: Runtime,
  providers: readonly ImageProvider[],
  request: ImageRequest,
): Promise<ImageResult> {
  // Jobs by image slot, including those submitted by earlier attempts of this call: a
  // retry after a failed poll resumes the job instead of paying for another.
  const jobs = new Map<string, SubmittedJob>();
  const slotOf = (job: SubmittedJob) => `${job.provider}:${job.model}#${job.index}`;
  for (const job of request.resume ?? []) jobs.set(slotOf(job), job);
  const onSubmitted = async (job: SubmittedJob) => {
    jobs.set(slotOf(job), job);
    try {
      await request.onSubmitted?.(job);
    } catch (err) {
      rt.deps.log.log("warn", "storing a submitted image job failed", describeError(err));
    }
  };
  return runWithFailover(rt.deps, {
    capability: "image",
    providers,
    deadline: rt.deadlineOf(request.deadline),
    signal: request.signal,
    generationId: request.generationId,
    async attempt(provider, _repairOf, signal) {
      const answer = await provider.generate({
        prompt: request.prompt,
        style: request.style,
        width: request.width,
        height: request.height,
        format: request.format,
        count: request.count,
        resume: [...jobs.values()],
        onSubmitted,
      }, signal);
      const vector = answer.images.some((image) => image.format === "svg");
      return {
        value: answer.images,
        usage: { tokens: answer.tokens, images: answer.images.length, vector },
      };
    },
    offline: async () => await request.offline(),
  }).then(({ value, ...provenance }) => ({ images: value, ...provenance }));
}

export function createAiClient(options: AiClientOptions): AiClient {
  const rt = runtimeOf(options);
  let offline: AiClient | undefined;
  return {
    generateObject: (request) => generateObject(rt, options.text, request),
    generateImages: (request) => generateImages(rt, options.image, request),
    offlineOnly: () => offline ??= createAiClient({ ...options, text: [], image: [] }),
  };
}
