import { z } from "../../../shared/zod.ts";
import { createRoute } from "../../../shared/http/openapi_app.ts";
import { probeOpenProviders } from "../../../shared/ai/probe.ts";
import { aiConfig } from "../../../shared/ai/config.ts";
import { type App, type AppOptions, createApp } from "../../../shared/http/app.ts";
import { requireCronSecret } from "../../../shared/http/middleware/cron_secret.ts";
import { bodyGuardResponses, errorResponses, jsonContent } from "../../../shared/http/openapi.ts";
import { purgeExpired, sweepGenerations } from "../../../shared/generation/lifecycle.ts";
import { purgeDeletedFiles } from "../../../shared/storage/deletions.ts";
import { purgeOrphans } from "../../../shared/storage/orphans.ts";
import { StorageError } from "../../../shared/storage/types.ts";
import { ApiError } from "../../../shared/http/errors.ts";

const cronRoute = (path: string, schema: z.ZodType, description: string, ...errors: number[]) =>
  createRoute({
    method: "post",
    path,
    middleware: [requireCronSecret] as const,
    security: [{ cronSecret: [] }],
    responses: {
      200: jsonContent(schema, description),
      ...errorResponses(401, ...errors),
      ...bodyGuardResponses("post"),
    },
  });

const Swept = z.object({ swept: z.number().int(), resumed: z.array(z.uuid()) })
  .openapi("SweepResult");
const Purged = z.object({ idempotency_keys: z.number().int(), quota_counters: z.number().int() })
  .openapi("PurgeResult");

const FilesPurged = z.object({
  removed: z.number().int().describe("objects removed from Storage"),
  pending: z.number().int().describe("paths still queued (Storage failed, or the next run's)"),
}).openapi("DeletedFilesResult");
const OrphansPurged = z.object({
  scanned: z.number().int().describe("objects listed in the bucket"),
  removed: z.number().int().describe("objects no asset row names, older than an hour, removed"),
}).openapi("OrphanResult");

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
  app.registerSecurityScheme("cronSecret", {
    type: "apiKey",
    in: "header",
    name: "x-cron-secret",
  });
  generationTasks(app);
  fileTasks(app);
  return app;
}

/** Generations, providers, research and bookkeeping. */
function generationTasks(app: App) {
  app.openapi(
    cronRoute(
      "/sweep-generations",
      Swept,
      "packages resumed; other generations whose worker is gone failed and refunded",
    ),
    async (c) => {
      const deps = c.var.deps;
      // Resuming runs the package pipeline: loaded when the sweep runs, not at cold start.
      const [{ resumePackages }, { packageHandler }] = await Promise.all([
        import("../../../shared/generation/resume.ts"),
        import("../../../shared/package/handler.ts"),
      ]);
      const resumed = await resumePackages(deps, packageHandler);
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
      const { attempts, config, health, now, log } = c.var.deps;
      const probed = await probeOpenProviders(aiConfig(config), health, () => now().getTime(), {
        log,
        sink: attempts,
      });
      await attempts.drain();
      return c.json({ probed }, 200);
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
}

/** Storage objects whose rows are gone, or that no row ever named. */
function fileTasks(app: App) {
  app.openapi(
    cronRoute(
      "/purge-deleted-files",
      FilesPurged,
      "Storage objects of deleted rows (projects, users, stopped generations) removed",
    ),
    async (c) => c.json(await purgeDeletedFiles(c.var.deps), 200),
  );

  app.openapi(
    cronRoute(
      "/purge-orphans",
      OrphansPurged,
      "Storage objects that no asset row names removed",
      503,
    ),
    async (c) => {
      try {
        return c.json(await purgeOrphans(c.var.deps), 200);
      } catch (err) {
        if (!(err instanceof StorageError)) throw err;
        throw new ApiError(503, "storage_unavailable", "Storage failed; the next run tries again", {
          kind: err.kind,
        });
      }
    },
  );
}

export default createCronApp();
