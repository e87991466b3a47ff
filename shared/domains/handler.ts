import type { Deps } from "../deps.ts";
import type { GenerationHandler } from "../generation/runner.ts";
import { createBootstrapCache } from "./bootstrap.ts";
import { createDomainChecker, type DomainChecker } from "./checker.ts";
import { PgDomainCache } from "./pg_cache.ts";
import { DomainCheckRequestSchema, type DomainCheckResponse, type DomainsInput } from "./schema.ts";

// One checker per isolate and configuration, so its per-host limits hold across requests.
const checkers = new WeakMap<Deps, DomainChecker>();
function checkerFor(deps: Deps): DomainChecker {
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
export interface DomainsOutput extends DomainCheckResponse {
  /** Like every stage's output: where the result came from. */
  source: { provider: "rdap"; model: "iana-bootstrap" };
}

export const domainsHandler: GenerationHandler<DomainsInput, DomainsOutput> = async (ctx) => {
  const request = DomainCheckRequestSchema.parse(ctx.input);
  await ctx.progress("rdap", 0, request.names.length * request.tlds.length);
  const { results } = await checkerFor(ctx.deps).check(request, ctx.signal);
  return { results, source: { provider: "rdap", model: "iana-bootstrap" } };
};
