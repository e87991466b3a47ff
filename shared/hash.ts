/**
 * SHA-256 as lowercase hex, the form manifests and checksum tools print. WebCrypto, not
 * node:crypto: the first node: import brings up Deno's Node compatibility layer (~15 ms), which
 * every function would pay at start-up (tests/cold_start_test.ts). Synchronous steps that are
 * only loaded on first use hash with shared/hash_sync.ts.
 */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  // WebCrypto's type refuses views of shared memory; nothing we hash lives in one.
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** JSON with object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
