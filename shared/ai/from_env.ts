import type { Logger } from "../log.ts";
import { chainsFromEnv, type ConfiguredEntry } from "./chain.ts";
import { type AiClient, type AiClientOptions, createAiClient } from "./client.ts";
import { anthropicTextProvider } from "./providers/anthropic_text.ts";
import { falImageProvider } from "./providers/fal_images.ts";
import { openAiImageProvider } from "./providers/openai_images.ts";
import { openAiTextProvider } from "./providers/openai_text.ts";
import type { ImageProvider, ImageProviderName, TextProvider, TextProviderName } from "./types.ts";

export function textProviderFor(entry: ConfiguredEntry<TextProviderName>): TextProvider {
  const { model, endpoint } = entry;
  return entry.provider === "anthropic"
    ? anthropicTextProvider({ model, ...endpoint })
    : openAiTextProvider({ provider: entry.provider, model, ...endpoint });
}

export function imageProviderFor(entry: ConfiguredEntry<ImageProviderName>): ImageProvider {
  const { model, endpoint } = entry;
  return entry.provider === "fal"
    ? falImageProvider({ model, ...endpoint })
    : openAiImageProvider({ model, ...endpoint });
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
