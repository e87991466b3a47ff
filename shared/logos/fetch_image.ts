import { readAtMost, TooLarge } from "../bytes.ts";

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
  try {
    return await readAtMost(res.body, MAX_IMAGE_BYTES);
  } catch (err) {
    throw err instanceof TooLarge ? new Error("provider image too large") : err;
  }
}
