import { createRoute, z } from "@hono/zod-openapi";
import { probeOpenProviders } from "../../../shared/ai/probe.ts";
import { aiEnv } from "../../../shared/config.ts";
import { type AppOptions, createApp } from "../../../shared/http/app.ts";
import { requireCronSecret } from "../../../shared/http/middleware/cron_secret.ts";
import { errorResponses, jsonContent } from "../../../shared/http/openapi.ts";
import { purgeExpired, sweepGenerations } from "../../../shared/generation/lifecycle.ts";

const cronRoute = (path: string, schema: z.ZodType, description: string) =>
  createRoute({
    method: "post",
    path,
    middleware: [requireCronSecret] as const,
    security: [{ cronSecret: [] }],
    responses: { 200: jsonContent(schema, description), ...errorResponses(401) },
  });

const Swept = z.object({ swept: z.number().int(), resumed: z.array(z.uuid()) }).openapi(
  "SweepResult",
);
const Purged = z.object({ idempotency_keys: z.number().int(), quota_counters: z.number().int() })
  .openapi("PurgeResult");

const Probed = z.object({
  probed: z.array(z.object({ provider: z.string(), model: z.string(), ok: z.boolean() })),
}).openapi("ProbeResult");
const Refreshed = z.object({
  research: z.array(z.object({
    name: z.string(),
    version: z.string(),
    source: z.enum(["bundled", "override"]),
    rejected: z.string().optional(),
  })),
}).openapi("RefreshResult");

/** Scheduled maintenance (pg_cron on Supabase, an in-process timer in scripts/dev). */
export function createCronApp(options?: AppOptions) {
  const app = createApp("cron", options);
  app.openAPIRegistry.registerComponent("securitySchemes", "cronSecret", {
    type: "apiKey",
    in: "header",
    name: "x-cron-secret",
  });

  app.openapi(
    cronRoute(
      "/sweep-generations",
      Swept,
      "packages resumed; other generations whose worker is gone failed and refunded",
    ),
    async (c) => {
      const deps = c.var.deps;
      // Resuming runs the package pipeline: loaded when the sweep runs, not at cold start.
      const { resumePackages } = await import("../../../shared/package/resume.ts");
      const resumed = await resumePackages(deps);
      const swept = await sweepGenerations(
        deps.database.db,
        deps.now(),
        deps.config.QUEUED_TIMEOUT_MS,
      );
      return c.json({ swept, resumed }, 200);
    },
  );

  app.openapi(
    cronRoute("/probe-providers", Probed, "open text-provider circuits past cooldown, probed once"),
    async (c) => {
      const { config, health, now, log } = c.var.deps;
      return c.json({
        probed: await probeOpenProviders(aiEnv(config), health, () => now().getTime(), { log }),
      }, 200);
    },
  );

  app.openapi(
    cronRoute(
      "/refresh-research",
      Refreshed,
      "research pattern sets reloaded (overrides validated)",
    ),
    async (c) => c.json({ research: await c.var.deps.research.refresh() }, 200),
  );

  app.openapi(
    cronRoute("/purge-expired", Purged, "expired idempotency keys and old counters removed"),
    async (c) => c.json(await purgeExpired(c.var.deps.database.db, c.var.deps.now()), 200),
  );
  return app;
}

export default createCronApp();
