import type { DomainResult } from "../domains/schema.ts";
import type { ScoredName } from "../names/schema.ts";
import type { RankedName } from "./schema.ts";

/**
 * How much a name's domains are worth: an available .com is what most brands want; other
 * available TLDs help a little; a taken .com costs. Unknown verdicts count for nothing.
 */
export function domainBonus(domains: readonly Pick<DomainResult, "tld" | "status">[]): number {
  let bonus = 0;
  let others = 0;
  for (const d of domains) {
    if (d.tld === "com") {
      bonus += d.status === "available"
        ? 25
        : d.status === "taken" || d.status === "reserved"
        ? -10
        : 0;
    } else if (d.status === "available") others += 8;
  }
  return bonus + Math.min(others, 16);
}

/**
 * Names best first by name score plus domain bonus; ties keep the scorer's order. A name that
 * collides with a brand or a bad word comes after every clean one, so it is never the pick.
 */
export function rankNames(
  names: readonly ScoredName[],
  domains: readonly DomainResult[],
): RankedName[] {
  return names
    .map((n, i) => {
      const own = domains.filter((d) => d.name === n.name);
      const bonus = domainBonus(own);
      return {
        i,
        flagged: (n.collisions?.length ?? 0) > 0 ? 1 : 0,
        ranked: {
          name: n.name,
          score: n.score.total + bonus,
          name_score: n.score.total,
          domain_bonus: bonus,
          domains: own.map(({ domain, tld, status }) => ({ domain, tld, status })),
        },
      };
    })
    .sort((a, b) => a.flagged - b.flagged || b.ranked.score - a.ranked.score || a.i - b.i)
    .map((r) => r.ranked);
}
