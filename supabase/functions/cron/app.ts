import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { lazyHandlers } from "../../../shared/http/lazy_handlers.ts";
import * as routes from "./routes.ts";

const handlers = lazyHandlers(() => import("./handlers.ts"));

/** Scheduled maintenance (pg_cron on Supabase, an in-process timer in scripts/dev). */
export function createCronApp(options?: AppOptions) {
  const app = createApp("cron", options);
  app.registerSecurityScheme("cronSecret", {
    type: "apiKey",
    in: "header",
    name: "x-cron-secret",
  });
  app.openapi(routes.sweepGenerations, handlers.sweepGenerations);
  app.openapi(routes.probeProviders, handlers.probeProviders);
  app.openapi(routes.refreshResearch, handlers.refreshResearch);
  app.openapi(routes.purgeExpired, handlers.purgeExpired);
  app.openapi(routes.purgeDeletedFiles, handlers.purgeDeletedFiles);
  app.openapi(routes.purgeOrphans, handlers.purgeOrphans);
  return app;
}

export default createCronApp();
