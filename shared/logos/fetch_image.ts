const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Downloads an image a provider returned by URL: https only (plain http just for loopback,
 * i.e. a provider running on this machine), bounded in size and time.
 */
export async function fetchProviderImage(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (
    parsed.protocol !== "https:" && !(parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname))
  ) {
    throw new Error(`refusing to fetch a provider image over ${parsed.protocol}`);
  }
  const timeout = AbortSignal.timeout(30_000);
  const res = await fetch(parsed, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    redirect: "error",
  });
  if (!res.ok || !res.body) throw new Error(`provider image answered ${res.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > MAX_IMAGE_BYTES) throw new Error("provider image too large");
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
