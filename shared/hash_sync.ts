import { createHash } from "node:crypto";

/**
 * SHA-256 as lowercase hex, synchronously, for steps that cannot wait (the kit's manifest, a
 * logo style's version). node:crypto brings up Deno's Node compatibility layer, so only modules
 * a function loads on first use may import this; start-up code uses shared/hash.ts.
 */
export const sha256HexSync = (data: Uint8Array): string =>
  createHash("sha256").update(data).digest("hex");
