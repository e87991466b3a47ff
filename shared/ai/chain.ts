/**
 * The provider chains, read from the environment. Each chain is an ordered list of
 * "provider:model" entries; a provider without a key is dropped from it.
 *
 *   AI_TEXT_CHAIN   default "openai:gpt-4.1-mini,anthropic:claude-haiku-4-5"
 *                   (+ ",compat:$OPENAI_COMPAT_MODEL" when that model is set)
 *   AI_IMAGE_CHAIN  default "fal:fal-ai/recraft-v3,openai:gpt-image-1-mini"
 *   keys            OPENAI_API_KEY, ANTHROPIC_API_KEY, FAL_KEY,
 *                   OPENAI_COMPAT_BASE_URL + OPENAI_COMPAT_API_KEY (any OpenAI-compatible API)
 *   base URLs       OPENAI_BASE_URL, ANTHROPIC_BASE_URL, FAL_BASE_URL (the fal queue origin);
 *                   tests point these at loopback fakes
 */
import type { ImageProviderName, TextProviderName } from "./types.ts";

export const DEFAULT_TEXT_CHAIN = "openai:gpt-4.1-mini,anthropic:claude-haiku-4-5";
export const DEFAULT_IMAGE_CHAIN = "fal:fal-ai/recraft-v3,openai:gpt-image-1-mini";

const TEXT_PROVIDERS: readonly TextProviderName[] = ["openai", "anthropic", "compat"];
const IMAGE_PROVIDERS: readonly ImageProviderName[] = ["fal", "openai"];

export class ChainConfigError extends Error {
  override name = "ChainConfigError";
}

export interface ChainEntry<P extends string = string> {
  provider: P;
  model: string;
}

/** Where and how to reach a provider. */
export interface Endpoint {
  apiKey: string;
  /** Unset: the SDK's own default (the provider's public API). */
  baseURL?: string;
}

export interface ConfiguredEntry<P extends string> extends ChainEntry<P> {
  endpoint: Endpoint;
}

export interface Chains {
  text: ConfiguredEntry<TextProviderName>[];
  image: ConfiguredEntry<ImageProviderName>[];
  /** Entries dropped because their provider has no key (worth one log line at start-up). */
  withoutKey: ChainEntry[];
}

type Env = Record<string, string | undefined>;

/** "openai:gpt-4.1-mini, compat:llama3.1:70b" → entries; the model is all after the first ':'. */
export function parseChain<P extends string>(
  variable: string,
  spec: string,
  known: readonly P[],
): ChainEntry<P>[] {
  const items = spec.split(",").map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) throw new ChainConfigError(`${variable} lists no provider`);
  return items.map((item) => {
    const colon = item.indexOf(":");
    const provider = colon === -1 ? item : item.slice(0, colon);
    const model = colon === -1 ? "" : item.slice(colon + 1).trim();
    if (!known.includes(provider as P)) {
      throw new ChainConfigError(
        `${variable}: unknown provider "${provider}" (expected one of ${known.join(", ")})`,
      );
    }
    if (model === "") throw new ChainConfigError(`${variable}: "${item}" names no model`);
    return { provider: provider as P, model };
  });
}

export function endpointsFromEnv(env: Env): Record<TextProviderName | "fal", Endpoint | undefined> {
  const value = (name: string) => env[name]?.trim() || undefined;
  const endpoint = (key: string | undefined, baseURL: string | undefined) =>
    key === undefined ? undefined : { apiKey: key, baseURL };
  const compatURL = value("OPENAI_COMPAT_BASE_URL");
  return {
    openai: endpoint(value("OPENAI_API_KEY"), value("OPENAI_BASE_URL")),
    anthropic: endpoint(value("ANTHROPIC_API_KEY"), value("ANTHROPIC_BASE_URL")),
    compat: compatURL ? endpoint(value("OPENAI_COMPAT_API_KEY"), compatURL) : undefined,
    fal: endpoint(value("FAL_KEY"), value("FAL_BASE_URL")),
  };
}

/** Both chains from the environment; throws ChainConfigError on a malformed chain. */
export function chainsFromEnv(env: Env): Chains {
  const endpoints = endpointsFromEnv(env);
  const compatModel = env.OPENAI_COMPAT_MODEL?.trim();
  const defaultText = compatModel
    ? `${DEFAULT_TEXT_CHAIN},compat:${compatModel}`
    : DEFAULT_TEXT_CHAIN;
  const text = parseChain(
    "AI_TEXT_CHAIN",
    env.AI_TEXT_CHAIN?.trim() || defaultText,
    TEXT_PROVIDERS,
  );
  const image = parseChain(
    "AI_IMAGE_CHAIN",
    env.AI_IMAGE_CHAIN?.trim() || DEFAULT_IMAGE_CHAIN,
    IMAGE_PROVIDERS,
  );
  const withoutKey: ChainEntry[] = [];
  const configure = <P extends TextProviderName | "fal">(entries: ChainEntry<P>[]) =>
    entries.flatMap((entry) => {
      const endpoint = endpoints[entry.provider];
      if (!endpoint) withoutKey.push(entry);
      return endpoint ? [{ ...entry, endpoint }] : [];
    });
  return { text: configure(text), image: configure(image), withoutKey };
}
