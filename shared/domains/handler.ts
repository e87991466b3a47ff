import type { Db } from "../db/client.ts";
import type { Logger } from "../log.ts";
import type { GenerationHandler } from "../runtime/job.ts";
import { createBootstrapCache } from "./bootstrap.ts";
import { createDomainChecker, type DomainChecker } from "./checker.ts";
import { PgDomainCache } from "./pg_cache.ts";
import { DomainCheckRequestSchema, type DomainsInput, type DomainsOutput } from "./schema.ts";

/** What check-domains uses. */
export interface DomainsDeps {
  config: { RDAP_BOOTSTRAP_URL: string };
  database: { db: Db };
  log: Logger;
  now: () => Date;
}

// One checker per isolate and configuration, so its per-host limits hold across requests.
const checkers = new WeakMap<DomainsDeps, DomainChecker>();
function checkerFor(deps: DomainsDeps): DomainChecker {
  let checker = checkers.get(deps);
  if (!checker) {
    checker = createDomainChecker({
      bootstrap: createBootstrapCache({ url: deps.config.RDAP_BOOTSTRAP_URL }),
      cache: new PgDomainCache(deps.database.db, deps.now),
      log: deps.log,
      now: deps.now,
    });
    checkers.set(deps, checker);
  }
  return checker;
}

/** check-domains: RDAP verdicts (cached in domain_checks); never fails for RDAP trouble. */
export const domainsHandler: GenerationHandler<DomainsInput, DomainsOutput, DomainsDeps> = async (
  ctx,
) => {
  const request = DomainCheckRequestSchema.parse(ctx.input);
  await ctx.progress("rdap", 0, request.names.length * request.tlds.length);
  const { results } = await checkerFor(ctx.deps).check(request, ctx.signal);
  return { results, source: { provider: "rdap", model: "iana-bootstrap" } };
};
