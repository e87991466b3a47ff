import { z } from "@hono/zod-openapi";
import { createBootstrapCache } from "../../../shared/domains/bootstrap.ts";
import { createDomainChecker, type DomainChecker } from "../../../shared/domains/checker.ts";
import { PgDomainCache } from "../../../shared/domains/pg_cache.ts";
import { DEFAULT_TLDS, DomainCheckRequestSchema } from "../../../shared/domains/schema.ts";
import type { Deps } from "../../../shared/deps.ts";
import { GenerationEnvelope } from "../../../shared/generation/envelope.ts";
import { runGeneration } from "../../../shared/generation/runner.ts";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { errorResponses, jsonBody, jsonContent, userRoute } from "../../../shared/http/openapi.ts";

const Body = DomainCheckRequestSchema.extend({ project_id: z.uuid().optional() }).strict()
  .openapi("CheckDomainsRequest");

/** What the generation stores and hashes: the caller's own strings, re-parsed by the handler. */
interface StoredInput {
  names: string[];
  tlds: string[];
}

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

/** Availability of names × TLDs over RDAP; 1 unit per request. */
export function createCheckDomainsApp(options?: AppOptions) {
  const app = createApp("check-domains", options);
  app.openapi(
    userRoute({
      method: "post",
      path: "/",
      request: { body: jsonBody(Body) },
      responses: {
        200: jsonContent(GenerationEnvelope, "finished: output is { results: [...] }"),
        202: jsonContent(GenerationEnvelope, "still running: poll Location"),
        ...errorResponses(409, 422, 429, 502),
      },
    }),
    async (c) => {
      c.req.valid("json");
      const raw = await c.req.json<{ names: string[]; tlds?: string[]; project_id?: string }>();
      const input: StoredInput = { names: raw.names, tlds: raw.tlds ?? [...DEFAULT_TLDS] };
      return runGeneration(c, {
        kind: "domains",
        input,
        projectId: raw.project_id,
        handler: async (ctx) => {
          await ctx.progress("rdap", 0, 1);
          const request = DomainCheckRequestSchema.parse(ctx.input);
          return await checkerFor(ctx.deps).check(request, ctx.signal);
        },
      });
    },
  );
  return app;
}

export default createCheckDomainsApp();
