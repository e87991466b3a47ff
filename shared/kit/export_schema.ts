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

/** 202: the kit is being built, one step per request (shared/kit/renders.ts). */
export const KitPendingSchema = z.object({
  generation_id: z.uuid().describe("The package the kit is built from"),
  status: z.literal("building"),
  step: z.number().int().describe("Steps done, this request's included"),
  steps: z.number().int().describe("Requests a first export takes: the render steps, then the kit"),
}).openapi("BrandKitPending");

export type KitPending = z.output<typeof KitPendingSchema>;
