import { KitUnavailable } from "../kit/errors.ts";
import type { KitExport } from "../kit/export_schema.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { currentUser } from "./middleware/auth.ts";

/**
 * Exports in flight in this isolate, per caller and package: concurrent requests for the same
 * kit wait for one build instead of each building it (a build costs seconds of CPU).
 */
const inFlight = new Map<string, Promise<KitExport>>();

/** The brand kit of a package for an export route: a kit that cannot exist is a 404. */
export async function exportKit(c: Ctx, packageId: string): Promise<KitExport> {
  // The kit builder (fonts, rasterizer, ZIP) loads on the first export, not at cold start.
  const { exportPackage } = await import("../kit/export.ts");
  const user = currentUser(c);
  const key = `${user.id}:${packageId}`;
  let building = inFlight.get(key);
  if (!building) {
    building = exportPackage(c.var.deps, user, packageId).finally(() => inFlight.delete(key));
    inFlight.set(key, building);
  }
  try {
    return await building;
  } catch (err) {
    if (err instanceof KitUnavailable) {
      throw new ApiError(404, "not_found", err.message, err.details);
    }
    throw err;
  }
}
