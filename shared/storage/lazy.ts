import { once } from "../lazy.ts";
import type { AssetStorage } from "./types.ts";

/**
 * An AssetStorage whose backend (and its SDK: supabase-js for Supabase Storage) is loaded on
 * the first call, so functions that store nothing never pay for it at cold start.
 */
export function lazyStorage(load: () => Promise<AssetStorage>): AssetStorage {
  const storage = once(load);
  return {
    put: async (path, bytes, contentType) => (await storage()).put(path, bytes, contentType),
    get: async (path) => (await storage()).get(path),
    signedUrl: async (path, seconds) => (await storage()).signedUrl(path, seconds),
    delete: async (paths) => (await storage()).delete(paths),
    async *list() {
      yield* (await storage()).list();
    },
  };
}
