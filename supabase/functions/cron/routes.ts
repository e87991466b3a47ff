import { z } from "../../../shared/zod.ts";
import { createRoute } from "../../../shared/http/openapi_app.ts";
import { requireCronSecret } from "../../../shared/http/middleware/cron_secret.ts";
import { bodyGuardResponses, errorResponses, jsonContent } from "../../../shared/http/openapi.ts";

const cronRoute = <S extends z.ZodType>(
  path: string,
  schema: S,
  description: string,
  ...errors: number[]
) =>
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

/** Generations, providers, research and bookkeeping. */
export const sweepGenerations = cronRoute(
  "/sweep-generations",
  Swept,
  "packages resumed; other generations whose worker is gone failed and refunded",
);
export const probeProviders = cronRoute(
  "/probe-providers",
  Probed,
  "open text-provider circuits past cooldown, probed once",
);
export const refreshResearch = cronRoute(
  "/refresh-research",
  Refreshed,
  "research pattern sets reloaded (overrides validated)",
);
export const purgeExpired = cronRoute(
  "/purge-expired",
  Purged,
  "expired idempotency keys and old counters removed",
);

/** Storage objects whose rows are gone, or that no row ever named. */
export const purgeDeletedFiles = cronRoute(
  "/purge-deleted-files",
  FilesPurged,
  "Storage objects of deleted rows (projects, users, stopped generations) removed",
);
export const purgeOrphans = cronRoute(
  "/purge-orphans",
  OrphansPurged,
  "Storage objects that no asset row names removed",
  503,
);
