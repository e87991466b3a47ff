import { DomainCheckRequestSchema } from "../../../shared/domains/schema.ts";
import type { AppOptions } from "../../../shared/http/app.ts";
import { createGenerationApp } from "../../../shared/http/generation_app.ts";
import { lazyHandler } from "../../../shared/runtime/job.ts";

export const createCheckDomainsApp = (options?: AppOptions) =>
  createGenerationApp({
    name: "check-domains",
    kind: "domains",
    body: DomainCheckRequestSchema,
    description: "Availability of names × TLDs over RDAP (IANA bootstrap); 1 unit.",
    output: async () => (await import("../../../shared/domains/schema.ts")).DomainsOutputSchema,
    handler: lazyHandler(() =>
      import("../../../shared/domains/handler.ts").then((m) => m.domainsHandler)
    ),
    // Store the caller's own strings; the handler parses them again.
    prepare: (valid, raw) => ({ names: raw.names as string[], tlds: valid.tlds }),
  }, options);

export default createCheckDomainsApp();
