import assert from "node:assert/strict";
import { readAtMost, TooLarge } from "../shared/bytes.ts";

const streamOf = (chunks: Uint8Array[], onCancel: () => void = () => {}) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel: onCancel,
  });

Deno.test("readAtMost joins the chunks of a stream within the limit", async () => {
  const bytes = await readAtMost(streamOf([new Uint8Array([1, 2]), new Uint8Array([3])]), 3);
  assert.deepEqual([...bytes], [1, 2, 3]);
});

Deno.test("readAtMost stops a stream past the limit and cancels it", async () => {
  let canceled = false;
  const endless = Array.from({ length: 100 }, () => new Uint8Array(1024));
  await assert.rejects(readAtMost(streamOf(endless, () => canceled = true), 4096), TooLarge);
  assert.ok(canceled, "the rest of the stream is not read");
});
