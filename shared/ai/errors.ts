import type { FailureKind, TokenUsage } from "./types.ts";

export interface ProviderErrorDetails {
  status?: number;
  retryAfterMs?: number;
  requestId?: string;
  /** Tokens the provider billed before the failure (refusals, invalid answers). */
  tokens?: TokenUsage;
  /** For invalid_output: the rejected answer and the problems, sent back in a repair turn. */
  invalidAnswer?: { answer: string; problems: string };
}

/** A failed provider call, normalised across SDKs so the failover policy can act on it. */
export class ProviderError extends Error {
  override name = "ProviderError";
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly requestId?: string;
  readonly tokens?: TokenUsage;
  readonly invalidAnswer?: { answer: string; problems: string };

  constructor(readonly kind: FailureKind, message: string, details: ProviderErrorDetails = {}) {
    super(message);
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.requestId = details.requestId;
    this.tokens = details.tokens;
    this.invalidAnswer = details.invalidAnswer;
  }
}
