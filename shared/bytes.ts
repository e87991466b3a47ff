/** A stream ran past the number of bytes its reader would take. */
export class TooLarge extends Error {
  override name = "TooLarge";
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

/**
 * A stream read to its end, at most `limit` bytes: past that the stream is canceled and
 * TooLarge thrown, so a peer that sends too much costs no more than `limit` of memory.
 */
export async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new TooLarge(limit);
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => {});
    throw err;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
