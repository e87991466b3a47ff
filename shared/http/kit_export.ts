import { KitUnavailable } from "../kit/errors.ts";
import type { KitExport } from "../kit/export_schema.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { currentUser } from "./middleware/auth.ts";

/** The brand kit of a package for an export route: a kit that cannot exist is a 404. */
export async function exportKit(c: Ctx, packageId: string): Promise<KitExport> {
  // The kit builder (fonts, rasterizer, ZIP) loads on the first export, not at cold start.
  const { exportPackage } = await import("../kit/export.ts");
  try {
    return await exportPackage(c.var.deps, currentUser(c), packageId);
  } catch (err) {
    if (err instanceof KitUnavailable) {
      throw new ApiError(404, "not_found", err.message, err.details);
    }
    throw err;
  }
}
