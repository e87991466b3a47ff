import { z } from "../zod.ts";

export const KitExportSchema = z.object({
  url: z.string().describe("Signed URL of the ZIP"),
  sha256: z.string().describe("Content hash: the same package always gives the same kit"),
  bytes: z.number().int(),
  generation_id: z.uuid().describe("The package the kit was built from"),
  expires_in: z.number().int().describe("Seconds the URL stays valid"),
  cached: z.boolean(),
}).openapi("BrandKitExport");

export type KitExport = z.output<typeof KitExportSchema>;
