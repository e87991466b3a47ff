import { and, gt, inArray, sql } from "drizzle-orm";
import { domainChecks } from "../../drizzle/schema.ts";
import type { Db } from "../db/client.ts";
import { asAdmin } from "../db/scope.ts";
import { cacheTtlSeconds, type DomainResultCache } from "./cache.ts";
import type { DomainResult } from "./schema.ts";

/**
 * Verdicts cached in domain_checks, shared by all users: availability is public knowledge,
 * so one user's lookup saves everyone a registry round trip. Admin path (no user owns it).
 */
export class PgDomainCache implements DomainResultCache {
  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {}

  async get(domains: readonly string[]): Promise<Map<string, DomainResult>> {
    if (domains.length === 0) return new Map();
    const rows = await asAdmin(this.db, (tx) =>
      tx.select().from(domainChecks)
        .where(
          and(inArray(domainChecks.domain, [...domains]), gt(domainChecks.expiresAt, this.now())),
        ));
    return new Map(rows.map((r) => {
      const tld = r.domain.slice(r.domain.lastIndexOf(".") + 1);
      const result: DomainResult = {
        domain: r.domain,
        name: r.domain,
        tld,
        status: r.status as DomainResult["status"],
        source: "rdap",
        server: r.server,
        checked_at: r.checkedAt.toISOString(),
        ...(r.detail ? { detail: r.detail } : {}),
      };
      return [r.domain, result];
    }));
  }

  async put(results: readonly DomainResult[]): Promise<void> {
    const rows = results.filter((r) => cacheTtlSeconds(r) > 0).map((r) => ({
      domain: r.domain,
      status: r.status,
      source: r.source,
      server: r.server,
      detail: r.detail ?? null,
      checkedAt: new Date(r.checked_at),
      expiresAt: new Date(Date.parse(r.checked_at) + cacheTtlSeconds(r) * 1000),
    }));
    if (rows.length === 0) return;
    await asAdmin(this.db, (tx) =>
      tx.insert(domainChecks).values(rows).onConflictDoUpdate({
        target: domainChecks.domain,
        set: {
          status: sql`excluded.status`,
          source: sql`excluded.source`,
          server: sql`excluded.server`,
          detail: sql`excluded.detail`,
          checkedAt: sql`excluded.checked_at`,
          expiresAt: sql`excluded.expires_at`,
        },
      }));
  }
}
