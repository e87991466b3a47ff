import type { Logger } from "../log.ts";
import { once } from "../lazy.ts";
import { chainsFromEnv, type ConfiguredEntry } from "./chain.ts";
import { type AiClient, type AiClientOptions, createAiClient } from "./client.ts";
import type { ImageProvider, ImageProviderName, TextProvider, TextProviderName } from "./types.ts";

interface Adapter<N, A, R> {
  readonly provider: N;
  readonly model: string;
  generate(attempt: A, signal: AbortSignal): Promise<R>;
}

/**
 * A provider whose adapter module, and with it the vendor SDK (openai, @anthropic-ai/sdk,
 * @fal-ai/client), is imported on its first call rather than at the function's cold start.
 */
function lazyProvider<N, A, R>(
  provider: N,
  model: string,
  load: () => Promise<Adapter<N, A, R>>,
): Adapter<N, A, R> {
  const adapter = once(load);
  return { provider, model, generate: async (a, signal) => (await adapter()).generate(a, signal) };
}

export function textProviderFor(entry: ConfiguredEntry<TextProviderName>): TextProvider {
  const { provider, model, endpoint } = entry;
  return lazyProvider(
    provider,
    model,
    async () =>
      provider === "anthropic"
        ? (await import("./providers/anthropic_text.ts")).anthropicTextProvider({
          model,
          ...endpoint,
        })
        : (await import("./providers/openai_text.ts")).openAiTextProvider({
          provider,
          model,
          ...endpoint,
        }),
  );
}

export function imageProviderFor(entry: ConfiguredEntry<ImageProviderName>): ImageProvider {
  const { provider, model, endpoint } = entry;
  return lazyProvider(
    provider,
    model,
    async () =>
      provider === "fal"
        ? (await import("./providers/fal_images.ts")).falImageProvider({ model, ...endpoint })
        : (await import("./providers/openai_images.ts")).openAiImageProvider({
          model,
          ...endpoint,
        }),
  );
}

/**
 * The client the functions use: chains and keys from the environment (see chain.ts), health
 * and attempt persistence from the caller. With no keys at all every call goes straight to
 * the offline generator.
 */
export function aiClientFromEnv(
  env: Record<string, string | undefined>,
  deps: Pick<AiClientOptions, "health" | "attempts" | "policy" | "now"> & { log: Logger },
): AiClient {
  const chains = chainsFromEnv(env);
  for (const { provider, model } of chains.withoutKey) {
    deps.log.log("info", "ai provider has no key and is left out of its chain", {
      provider,
      model,
    });
  }
  return createAiClient({
    ...deps,
    text: chains.text.map(textProviderFor),
    image: chains.image.map(imageProviderFor),
  });
}
