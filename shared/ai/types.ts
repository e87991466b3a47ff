import type { z } from "zod";
import type { CircuitState, HealthOutcome } from "./circuit.ts";

export type Capability = "text" | "image";
export type TextProviderName = "openai" | "anthropic" | "compat";
export type ImageProviderName = "fal" | "openai";
/** "offline" labels results made by the caller's algorithmic generator. */
export type ProviderName = TextProviderName | ImageProviderName | "offline";

export interface TokenUsage {
  input: number;
  output: number;
}

/** What an attempt cost; `unknown` when the provider may have billed work we never saw. */
export type Cost = { state: "estimated"; usd: number } | { state: "unknown" };

/**
 * Why a provider call failed, normalised across SDKs. The failover policy decides on these
 * alone: which ones are retried, which move on, which open the provider's circuit.
 */
export type FailureKind =
  | "rate_limited" // 429
  | "server_error" // 5xx, 529 overloaded
  | "transient" // 408 request timeout, 409 conflict
  | "connection_error" // no HTTP answer at all
  | "timeout" // our per-attempt timeout fired
  | "bad_request" // 400, 422 and other 4xx: our request is not acceptable there
  | "auth" // 401, 402, 403: bad key, no credit, no access
  | "not_found" // 404: unknown model
  | "content_refused" // the provider's safety system declined the prompt
  | "invalid_output" // the answer did not parse or match the schema
  | "unexpected"; // anything else: a bug or an SDK surprise

export type AttemptOutcome = "ok" | FailureKind;

/** One call to one provider, as shown to users and stored in ai_attempts. */
export interface Attempt {
  provider: ProviderName;
  model: string;
  capability: Capability;
  outcome: AttemptOutcome;
  /** HTTP status when the provider answered with an error. */
  status?: number;
  latencyMs: number;
  tokens: TokenUsage | null;
  cost: Cost;
  startedAt: string;
  /** The provider's error message (never our prompt). */
  message?: string;
  requestId?: string;
  /** True when this attempt was the half-open probe of an open circuit. */
  probe?: boolean;
  generationId?: string;
}

/** A provider left out of a call without any network request. */
export interface SkippedProvider {
  provider: ProviderName;
  model: string;
  reason: "circuit_open" | "probe_taken";
}

export interface Provenance {
  provider: ProviderName;
  model: string;
  attempts: Attempt[];
  skipped: SkippedProvider[];
}

interface CallOptions {
  /** Absolute time (ms since epoch, the client's clock) by which the call must finish. */
  deadline?: number;
  /** Aborts the whole call (e.g. the generation was canceled); the call then rejects. */
  signal?: AbortSignal;
  /** Copied into every attempt so the sink can tie attempts to a generation. */
  generationId?: string;
}

export interface TextRequest<S extends z.ZodType> extends CallOptions {
  /** Validates the answer and, as JSON Schema, tells the provider what to produce. */
  schema: S;
  /** Names the schema for the provider (OpenAI json_schema name, Anthropic tool name). */
  schemaName: string;
  system: string;
  prompt: string;
  maxOutputTokens?: number;
  /** The last resort when no provider answers; its result is labelled provider "offline". */
  offline: () => z.output<S> | Promise<z.output<S>>;
}

export interface TextResult<T> extends Provenance {
  value: T;
}

/** A fal queue request whose result can be fetched later instead of paying for it twice. */
export interface SubmittedJob {
  provider: ImageProviderName;
  model: string;
  requestId: string;
  /** Which of the request's `count` images this job makes (0-based). */
  index: number;
}

export type ImageFormat = "svg" | "png" | "jpeg" | "webp";

export interface ImageRequest extends CallOptions {
  prompt: string;
  /** Art direction, e.g. "flat geometric, two colors"; providers add it to the prompt. */
  style?: string;
  width: number;
  height: number;
  /** The preferred format: "svg" for logos (vector models honour it), "png" otherwise. */
  format: "svg" | "png";
  count: number;
  /** Called as soon as a queued job exists, so the caller can store it for resumption. */
  onSubmitted?: (job: SubmittedJob) => void | Promise<void>;
  /** Jobs submitted by an earlier run of the same generation: their results are fetched. */
  resume?: readonly SubmittedJob[];
  offline: () => GeneratedImage[] | Promise<GeneratedImage[]>;
}

interface ImageMeta {
  format: ImageFormat;
  mimeType: string;
  width: number;
  height: number;
}

export type GeneratedImage =
  | (ImageMeta & { source: "url"; url: string })
  | (ImageMeta & { source: "bytes"; bytes: Uint8Array });

export interface ImageResult extends Provenance {
  images: GeneratedImage[];
}

/** One text attempt as a provider adapter sees it. */
export interface TextAttempt {
  system: string;
  prompt: string;
  schema: z.ZodType;
  schemaName: string;
  maxOutputTokens: number;
  /** Set on a repair attempt: the previous answer and why it was rejected. */
  repair?: { answer: string; problems: string };
}

/** The provider's answer as JSON text, validated by the client (not the adapter). */
export interface TextAnswer {
  text: string;
  tokens: TokenUsage;
  requestId?: string;
}

export interface TextProvider {
  readonly provider: TextProviderName;
  readonly model: string;
  generate(attempt: TextAttempt, signal: AbortSignal): Promise<TextAnswer>;
}

export interface ImageAttempt {
  prompt: string;
  style?: string;
  width: number;
  height: number;
  format: "svg" | "png";
  count: number;
  /** Jobs to fetch instead of submitting, at most one per image index. */
  resume: readonly SubmittedJob[];
  onSubmitted: (job: SubmittedJob) => Promise<void>;
}

export interface ImageAnswer {
  images: GeneratedImage[];
  tokens: TokenUsage | null;
}

export interface ImageProvider {
  readonly provider: ImageProviderName;
  readonly model: string;
  generate(attempt: ImageAttempt, signal: AbortSignal): Promise<ImageAnswer>;
}

/**
 * Shared provider health, one circuit per "provider:model" key. Backed by Postgres in
 * production (so every isolate sees the same circuits) and by memory_health.ts in tests.
 */
export interface HealthStore {
  read(keys: readonly string[]): Promise<Map<string, CircuitState>>;
  record(key: string, outcome: HealthOutcome): Promise<void>;
  /** Atomically takes the single half-open probe of an open circuit past its cooldown. */
  claimProbe(key: string, leaseMs: number): Promise<boolean>;
}

/** Receives every attempt as it finishes; must not throw or block (queue the write). */
export interface AttemptSink {
  record(attempt: Attempt): void;
}
