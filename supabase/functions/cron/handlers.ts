import { aiConfig } from "../../../shared/ai/config.ts";
import { probeOpenProviders } from "../../../shared/ai/probe.ts";
import * as lifecycle from "../../../shared/generation/lifecycle.ts";
import { ApiError } from "../../../shared/http/errors.ts";
import type { HandlerOf } from "../../../shared/http/lazy_handlers.ts";
import * as deletions from "../../../shared/storage/deletions.ts";
import * as orphans from "../../../shared/storage/orphans.ts";
import { StorageError } from "../../../shared/storage/types.ts";
import type * as routes from "./routes.ts";

export const sweepGenerations: HandlerOf<typeof routes.sweepGenerations> = async (c) => {
  const deps = c.var.deps;
  // Resuming runs the package pipeline: loaded when the sweep runs, not with the other tasks.
  const [{ resumePackages }, { packageHandler }] = await Promise.all([
    import("../../../shared/generation/resume.ts"),
    import("../../../shared/package/handler.ts"),
  ]);
  const resumed = await resumePackages(deps, packageHandler);
  const swept = await lifecycle.sweepGenerations(
    deps.database.db,
    deps.now(),
    deps.config.QUEUED_TIMEOUT_MS,
  );
  return c.json({ swept, resumed }, 200);
};

export const probeProviders: HandlerOf<typeof routes.probeProviders> = async (c) => {
  const { attempts, config, health, now, log } = c.var.deps;
  const probed = await probeOpenProviders(aiConfig(config), health, () => now().getTime(), {
    log,
    sink: attempts,
  });
  await attempts.drain();
  return c.json({ probed }, 200);
};

export const refreshResearch: HandlerOf<typeof routes.refreshResearch> = async (c) =>
  c.json({ research: await c.var.deps.research.refresh() }, 200);

export const purgeExpired: HandlerOf<typeof routes.purgeExpired> = async (c) =>
  c.json(await lifecycle.purgeExpired(c.var.deps.database.db, c.var.deps.now()), 200);

export const purgeDeletedFiles: HandlerOf<typeof routes.purgeDeletedFiles> = async (c) =>
  c.json(await deletions.purgeDeletedFiles(c.var.deps), 200);

export const purgeOrphans: HandlerOf<typeof routes.purgeOrphans> = async (c) => {
  try {
    return c.json(await orphans.purgeOrphans(c.var.deps), 200);
  } catch (err) {
    if (!(err instanceof StorageError)) throw err;
    throw new ApiError(503, "storage_unavailable", "Storage failed; the next run tries again", {
      kind: err.kind,
    });
  }
};
