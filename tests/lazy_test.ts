import assert from "node:assert/strict";
import { once } from "../shared/lazy.ts";
import { lazyStorage } from "../shared/storage/lazy.ts";
import type { AssetStorage } from "../shared/storage/types.ts";
import { test } from "./helpers/test.ts";

test("once makes its value on first use, once for concurrent callers, again after a failure", async () => {
  let made = 0;
  let fail = true;
  const value = once(async () => {
    made++;
    if (fail) throw new Error("SDK import failed");
    return { made };
  });
  assert.equal(made, 0, "nothing is made before first use");
  await assert.rejects(value(), /SDK import failed/);
  fail = false;
  const [a, b] = await Promise.all([value(), value()]);
  assert.equal(a, b);
  assert.equal(made, 2, "the failure was not cached; the retry was shared");
});

test("a lazy storage loads its backend on the first call and hands every call to it", async () => {
  const objects = new Map<string, Uint8Array>();
  let loads = 0;
  const backend: AssetStorage = {
    put: async (path, bytes) => void objects.set(path, bytes),
    get: async (path) => objects.get(path) ?? null,
    signedUrl: async (path, seconds) => `https://storage.test/${path}?ttl=${seconds}`,
    delete: async (paths) => paths.forEach((path) => objects.delete(path)),
    async *list() {
      for (const path of objects.keys()) yield { path, updatedAt: new Date(0) };
    },
  };
  const storage = lazyStorage(async () => (loads++, backend));
  assert.equal(loads, 0);
  await storage.put("u/a.svg", new Uint8Array([1, 2]), "image/svg+xml");
  assert.deepEqual(await storage.get("u/a.svg"), new Uint8Array([1, 2]));
  assert.equal(await storage.signedUrl("u/a.svg", 60), "https://storage.test/u/a.svg?ttl=60");
  assert.deepEqual((await Array.fromAsync(storage.list())).map((o) => o.path), ["u/a.svg"]);
  await storage.delete(["u/a.svg"]);
  assert.equal(await storage.get("u/a.svg"), null);
  assert.equal(loads, 1);
});
