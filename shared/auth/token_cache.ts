import type { AuthUser } from "./verify.ts";

/**
 * Verified tokens, so a client's repeated calls skip the signature check (an ES256 verify per
 * request otherwise). Keyed by the whole token string: a token that differs in any byte is
 * verified afresh. An entry is never served at or past the token's `exp`, and the cache holds
 * at most `max` tokens, evicting the least recently used.
 */
export interface TokenCache {
  get(token: string, nowMs: number): AuthUser | undefined;
  set(token: string, user: AuthUser, expiresAtMs: number): void;
  readonly size: number;
}

export function createTokenCache(max = 1_000): TokenCache {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the LRU one.
  const entries = new Map<string, { user: AuthUser; expiresAtMs: number }>();
  return {
    get(token, nowMs) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      entries.delete(token);
      if (nowMs >= entry.expiresAtMs) return undefined;
      entries.set(token, entry);
      return entry.user;
    },
    set(token, user, expiresAtMs) {
      entries.delete(token);
      entries.set(token, { user, expiresAtMs });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
