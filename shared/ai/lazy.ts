import { once } from "../lazy.ts";
import type { AiClient } from "./client.ts";

/**
 * An AiClient built on its first call: the client, failover and provider modules load with
 * the first generation that asks a provider, never with a request that only reads. A failed
 * build is retried on the next call.
 */
export function lazyAiClient(load: () => Promise<AiClient>): AiClient {
  const client = once(load);
  return {
    generateObject: async (request) => (await client()).generateObject(request),
    generateImages: async (request) => (await client()).generateImages(request),
    offlineOnly: () => lazyAiClient(async () => (await client()).offlineOnly()),
  };
}
