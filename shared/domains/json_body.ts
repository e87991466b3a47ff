export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Reads a response body as UTF-8 JSON, giving up past `maxBytes` so that a broken or
 * hostile server cannot make the isolate buffer an endless answer.
 */
export async function readJsonLimited(response: Response, maxBytes: number): Promise<JsonBody> {
  if (!response.body) return { ok: false, reason: "empty answer" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      // Leaving the loop early cancels the stream, which frees the connection.
      return { ok: false, reason: `answer larger than ${maxBytes} bytes` };
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: "malformed JSON" };
  }
}
