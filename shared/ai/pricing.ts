/**
 * List prices used to estimate what each attempt cost. Estimates, not invoices: update the
 * table when providers change prices. Models missing here get an `unknown` cost.
 */
import type { Cost, FailureKind, ProviderName, TokenUsage } from "./types.ts";

export interface Price {
  /** USD per million input / output tokens (image models bill image tokens as output). */
  inputPerMTok?: number;
  outputPerMTok?: number;
  /** USD per image, for models billed per image rather than per token. */
  perImage?: number;
  /** USD per vector (SVG) image where it differs (Recraft bills vectors double). */
  perVectorImage?: number;
}

export const PRICES: Readonly<Record<string, Price>> = {
  "openai:gpt-4.1-mini": { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  "openai:gpt-4.1-nano": { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  "openai:gpt-4.1": { inputPerMTok: 2, outputPerMTok: 8 },
  "openai:gpt-4o-mini": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  "openai:gpt-4o": { inputPerMTok: 2.5, outputPerMTok: 10 },
  "anthropic:claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5 },
  "anthropic:claude-3-5-haiku": { inputPerMTok: 0.8, outputPerMTok: 4 },
  "anthropic:claude-sonnet-4-5": { inputPerMTok: 3, outputPerMTok: 15 },
  "openai:gpt-image-1-mini": { inputPerMTok: 2, outputPerMTok: 8, perImage: 0.011 },
  "openai:gpt-image-1": { inputPerMTok: 5, outputPerMTok: 40, perImage: 0.042 },
  "fal:fal-ai/recraft-v3": { perImage: 0.04, perVectorImage: 0.08 },
  "fal:fal-ai/flux/schnell": { perImage: 0.003 },
  "fal:fal-ai/flux/dev": { perImage: 0.025 },
};

/**
 * The price of a model: an exact match, else the longest listed prefix, so dated snapshots
 * ("gpt-4.1-mini-2025-04-14", "claude-3-5-haiku-latest") find their family's price.
 */
export function priceFor(
  provider: ProviderName,
  model: string,
  table: Readonly<Record<string, Price>> = PRICES,
): Price | undefined {
  const key = `${provider}:${model}`;
  if (table[key]) return table[key];
  let best: string | undefined;
  for (const candidate of Object.keys(table)) {
    if (key.startsWith(`${candidate}-`) && candidate.length > (best?.length ?? 0)) {
      best = candidate;
    }
  }
  return best === undefined ? undefined : table[best];
}

export interface BilledUsage {
  tokens: TokenUsage | null;
  /** Images produced, for per-image prices. */
  images?: number;
  vector?: boolean;
}

/** Cost of work the provider finished; unknown when the price or the usage is unknown. */
export function estimateCost(price: Price | undefined, usage: BilledUsage): Cost {
  if (!price) return { state: "unknown" };
  const { tokens, images = 0, vector = false } = usage;
  if (tokens && price.inputPerMTok !== undefined && price.outputPerMTok !== undefined) {
    const usd = (tokens.input * price.inputPerMTok + tokens.output * price.outputPerMTok) / 1e6;
    return { state: "estimated", usd };
  }
  const perImage = vector ? price.perVectorImage ?? price.perImage : price.perImage;
  if (images > 0 && perImage !== undefined) return { state: "estimated", usd: images * perImage };
  return { state: "unknown" };
}

/**
 * Cost of an attempt by outcome. Providers do not bill error answers, but an attempt we
 * abandoned (timeout) or whose connection broke may have run, and billed, to completion.
 */
export function attemptCost(
  provider: ProviderName,
  model: string,
  outcome: "ok" | FailureKind,
  usage: BilledUsage,
): Cost {
  if (outcome === "timeout" || outcome === "connection_error") return { state: "unknown" };
  if (outcome !== "ok" && !usage.tokens) return { state: "estimated", usd: 0 };
  return estimateCost(priceFor(provider, model), usage);
}
