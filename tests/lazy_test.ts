import assert from "node:assert/strict";
import { once } from "../shared/lazy.ts";
import { lazyStorage } from "../shared/storage/lazy.ts";
import type { AssetStorage } from "../shared/storage/types.ts";
import { test } from "./helpers/test.ts";
import { type Env, type Handler, Hono } from "hono";
import type { AiClient } from "../shared/ai/client.ts";
import { lazyAiClient } from "../shared/ai/lazy.ts";
import type { Deps } from "../shared/deps.ts";
import type { AppEnv, Ctx } from "../shared/http/context.ts";
import { lazyHandlers } from "../shared/http/lazy_handlers.ts";
import { documented, jsonBody, jsonContent } from "../shared/http/openapi.ts";
import { createRoute, openApiApp } from "../shared/http/openapi_app.ts";
import { openApiDocument } from "../shared/http/openapi_document.ts";
import { z } from "../shared/zod.ts";

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

test("lazy handlers: the module and the dependencies load on the first request that reaches one", async () => {
  let imports = 0;
  let depsLoads = 0;
  const handlers = lazyHandlers(async () => {
    imports++;
    return {
      hello: (c: Ctx) => c.json({ marker: (c.var.deps as unknown as { marker: number }).marker }),
    };
  });
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("loadDeps", async () => (depsLoads++, { marker: 7 } as unknown as Deps));
    await next();
  });
  app.get("/hello", handlers.hello);
  app.get("/missing", (handlers as unknown as Record<string, Handler<AppEnv>>).missing);
  app.onError((err, c) => c.text(err.message, 500));

  assert.equal(imports, 0, "declaring routes imports nothing");
  assert.equal((await app.request("/elsewhere")).status, 404);
  assert.equal(imports + depsLoads, 0, "a request for no route loads nothing");
  assert.deepEqual(await (await app.request("/hello")).json(), { marker: 7 });
  assert.deepEqual(await (await app.request("/hello")).json(), { marker: 7 });
  assert.equal(imports, 1, "the module is imported once");
  const missing = await app.request("/missing");
  assert.equal(await missing.text(), "the handlers module has no missing");
  assert.equal(
    await Promise.resolve(handlers),
    handlers,
    "not a thenable: awaiting it is harmless",
  );
});

test("a lazy AI client builds on its first call; its offline twin builds from it", async () => {
  let builds = 0;
  const calls: string[] = [];
  const client: AiClient = {
    generateObject: async () => {
      calls.push("object");
      throw new Error("no provider");
    },
    generateImages: async () => {
      calls.push("images");
      throw new Error("no provider");
    },
    offlineOnly: () => client,
  };
  const ai = lazyAiClient(async () => (builds++, client));
  const offline = ai.offlineOnly();
  assert.equal(builds, 0, "neither the client nor its offline twin is built before a call");
  await assert.rejects(offline.generateImages({} as never), /no provider/);
  await assert.rejects(ai.generateObject({} as never), /no provider/);
  assert.equal(builds, 1);
  assert.deepEqual(calls, ["images", "object"]);
});

test("a documented schema loads once, for the document, and cannot validate a request", async () => {
  let loads = 0;
  const Answer = documented(async () => (loads++, z.object({ ok: z.boolean() }).openapi("Answer")));
  const app = openApiApp<Env>("/t", () => {});
  const route = createRoute({
    method: "get",
    path: "/",
    responses: {
      200: jsonContent(Answer, "one"),
      201: jsonContent(Answer, "the same"),
    },
  });
  app.openapi(route, (c) => c.json({ ok: true }, 200));
  assert.equal(loads, 0, "declaring the route builds nothing");
  const doc = await openApiDocument(app, { openapi: "3.1.0", info: { title: "t", version: "1" } });
  await openApiDocument(app, { openapi: "3.1.0", info: { title: "t", version: "1" } });
  assert.equal(loads, 1);
  assert.ok(JSON.stringify(doc).includes('"#/components/schemas/Answer"'));
  assert.throws(
    () =>
      app.openapi(
        createRoute({
          method: "post",
          path: "/in",
          request: { body: jsonBody(Answer) },
          responses: { 200: { description: "ok" } },
        }),
        (c) => c.body(null),
      ),
    /cannot validate/,
  );
});
