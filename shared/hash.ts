import { createHash } from "node:crypto";

/** SHA-256 as lowercase hex, the form manifests and checksum tools print. */
export const sha256Hex = (data: Uint8Array): string =>
  createHash("sha256").update(data).digest("hex");
