import type { DomainResult, DomainStatus } from "./schema.ts";

/**
 * Stored verdicts keyed by A-label domain, so repeated checks skip RDAP. The database layer
 * (the domain_checks table) implements it; expiry is the store's job, using cacheTtlSeconds.
 */
export interface DomainResultCache {
  /** The stored, unexpired results among `domains`. */
  get(domains: readonly string[]): Promise<Map<string, DomainResult>>;
  /** Stores fresh results; the checker passes only those with a TTL above zero. */
  put(results: readonly DomainResult[]): Promise<void>;
}

/**
 * Available names are re-checked soon, since anyone may register them any minute and a
 * stale "available" misleads; registrations rarely lapse within a day; an unknown is never
 * kept, so the next check asks again.
 */
const TTL_SECONDS: Readonly<Record<DomainStatus, number>> = {
  available: 10 * 60,
  taken: 24 * 60 * 60,
  reserved: 24 * 60 * 60,
  unknown: 0,
};

/** How long a verdict may be served from the cache; 0 means do not cache it. */
export function cacheTtlSeconds(verdict: { status: DomainStatus }): number {
  return TTL_SECONDS[verdict.status];
}
