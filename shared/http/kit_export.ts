import { KitUnavailable } from "../kit/errors.ts";
import {
  type KitExport,
  KitExportSchema,
  type KitPending,
  KitPendingSchema,
} from "../kit/export_schema.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { currentUser } from "./middleware/auth.ts";
import { IdParam, jsonContent, userRoute } from "./openapi.ts";

/** GET /{id}/export: a brand kit, 200 with its signed URL or 202 while it is first built. */
export const kitExportRoute = (description: string) =>
  userRoute({
    method: "get",
    path: "/{id}/export",
    request: { params: IdParam },
    responses: {
      200: jsonContent(KitExportSchema, description),
      202: jsonContent(KitPendingSchema, "the kit's first export is being built: ask again"),
    },
  });

/**
 * Exports in flight in this isolate, per caller and package: concurrent requests for the same
 * kit wait for one build instead of each building it (a build costs seconds of CPU).
 */
const inFlight = new Map<string, Promise<KitExport | KitPending>>();

/**
 * The brand kit of a package for an export route: 200 with its URL, or 202 while its first
 * export is built over several requests (Location: the route's `location`, Retry-After: 0,
 * since each step's work is kept before answering). A kit that cannot exist is a 404.
 */
export async function exportKit(c: Ctx, packageId: string, location: string): Promise<Response> {
  const answer = await exportOnce(c, packageId);
  if ("url" in answer) return c.json(answer, 200);
  c.header("location", location);
  c.header("retry-after", "0");
  return c.json(answer, 202);
}

async function exportOnce(c: Ctx, packageId: string): Promise<KitExport | KitPending> {
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
