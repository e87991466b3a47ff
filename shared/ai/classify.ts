/**
 * Turns whatever a provider SDK threw into a ProviderError. The SDKs are matched by shape
 * (a numeric `status` plus `headers`), not by class, so this module imports none of them.
 */
import { ProviderError } from "./errors.ts";
import type { FailureKind } from "./types.ts";

/** Error codes the providers use when their safety system declined the prompt. */
const CONTENT_POLICY_CODES = new Set([
  "content_policy_violation", // OpenAI images (older models), fal
  "moderation_blocked", // OpenAI GPT image models
  "content_filter",
]);

export function kindForStatus(status: number): FailureKind {
  if (status === 429) return "rate_limited";
  if (status === 408 || status === 409) return "transient";
  if (status === 401 || status === 402 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status >= 500) return "server_error";
  return "bad_request";
}

/**
 * The wait a provider asked for, in ms: `retry-after-ms` (OpenAI) first, then `retry-after`
 * as seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers | undefined, now: number): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number.parseFloat(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A ProviderError from an HTTP error answer: status, headers and the parsed JSON body. */
export function failureFromResponse(
  provider: string,
  status: number,
  headers: Headers | undefined,
  body: unknown,
  now: number,
): ProviderError {
  const { message, codes } = describeBody(body);
  const refused = codes.some((code) => CONTENT_POLICY_CODES.has(code));
  return new ProviderError(
    refused ? "content_refused" : kindForStatus(status),
    `${provider} answered ${status}: ${message ?? "no error message"}`,
    {
      status,
      retryAfterMs: parseRetryAfter(headers, now),
      requestId: headers?.get("x-request-id") ?? headers?.get("request-id") ??
        headers?.get("x-fal-request-id") ?? undefined,
    },
  );
}

/** Normalises anything an adapter or SDK threw. Aborts are the caller's job, not this one. */
export function classifyError(provider: string, err: unknown, now: number): ProviderError {
  if (err instanceof ProviderError) return err;
  if (isHttpError(err)) {
    return failureFromResponse(provider, err.status, err.headers, err.error, now);
  }
  if (isConnectionError(err)) {
    return new ProviderError("connection_error", `${provider}: ${(err as Error).message}`);
  }
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new ProviderError("unexpected", `${provider}: ${message}`);
}

/** The OpenAI and Anthropic SDKs' APIError: status, headers and the decoded error body. */
function isHttpError(err: unknown): err is { status: number; headers: Headers; error: unknown } {
  const e = err as { status?: unknown; headers?: unknown } | null;
  return typeof e?.status === "number" && e.headers instanceof Headers;
}

/** The SDKs' APIConnectionError: an APIError without a status. */
function isConnectionError(err: unknown): boolean {
  const e = err as { status?: unknown; headers?: unknown } | null;
  return err instanceof Error && "status" in err && e?.status === undefined &&
    e?.headers === undefined;
}

/**
 * Message and codes from the providers' error bodies: OpenAI `{message, type, code}` (the
 * SDK hands over the inner object), Anthropic `{type: "error", error: {type, message}}`,
 * fal `{detail: "…"}` or `{detail: [{msg, type}]}`.
 */
function describeBody(body: unknown): { message?: string; codes: string[] } {
  const codes: string[] = [];
  let message: string | undefined;
  for (const layer of [body, field(body, "error")]) {
    for (const key of ["code", "type"]) {
      const value = field(layer, key);
      if (typeof value === "string") codes.push(value);
    }
    const text = field(layer, "message");
    if (message === undefined && typeof text === "string") message = text;
  }
  const detail = field(body, "detail");
  if (typeof detail === "string") message ??= detail;
  if (Array.isArray(detail)) {
    for (const item of detail) {
      const type = field(item, "type");
      if (typeof type === "string") codes.push(type);
      const msg = field(item, "msg");
      if (message === undefined && typeof msg === "string") message = msg;
    }
  }
  return { message, codes };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
