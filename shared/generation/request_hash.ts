import { canonicalJson, sha256Hex } from "../hash.ts";

/** sha-256 of what makes two requests "the same" for an Idempotency-Key. */
export const requestHash = (value: unknown): Promise<string> =>
  sha256Hex(new TextEncoder().encode(canonicalJson(value)));
