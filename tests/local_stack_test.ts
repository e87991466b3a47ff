import assert from "node:assert/strict";
import { createClient, FunctionsHttpError } from "@supabase/supabase-js";
import { startLocalStack } from "../scripts/lib/local_stack.ts";
import { newUserId, TEST_ISSUER, testKey, tokenFor } from "./helpers/app.ts";
import { freshDatabase } from "./helpers/db.ts";
import { signToken } from "../scripts/lib/local_auth.ts";
import { test } from "./helpers/test.ts";
import { silentLogger } from "../shared/log.ts";

/** The local stack, driven by a real supabase-js client exactly as an app would. */
test("supabase-js functions.invoke works end to end against the local stack", async () => {
  const database = await freshDatabase();
  const stack = await startLocalStack({
    env: { SUPABASE_URL: "http://localhost:54321" },
    port: 0,
    database,
    key: await testKey(),
    log: silentLogger,
  });
  try {
    const anonKey = await signToken(await testKey(), {
      sub: newUserId(),
      role: "anon",
      issuer: TEST_ISSUER,
    });
    const userToken = await tokenFor(newUserId());
    const supabase = createClient(stack.url, anonKey, { accessToken: async () => userToken });

    const health = await supabase.functions.invoke("health", { method: "GET" });
    assert.equal(health.error, null);
    assert.equal(health.data.status, "ok");

    const created = await supabase.functions.invoke("projects", {
      body: { name: "Lumen", brief: { description: "Solar lamps for campers" } },
    });
    assert.equal(created.error, null);
    assert.equal(created.data.name, "Lumen");

    const listed = await supabase.functions.invoke("projects", { method: "GET" });
    assert.deepEqual(listed.data.items.map((p: { id: string }) => p.id), [created.data.id]);

    const got = await supabase.functions.invoke(`projects/${created.data.id}`, { method: "GET" });
    assert.equal(got.data.id, created.data.id);

    const anonymous = createClient(stack.url, anonKey);
    const refused = await anonymous.functions.invoke("projects", { method: "GET" });
    assert.ok(refused.error instanceof FunctionsHttpError);
    const body = await refused.error.context.json();
    assert.equal(refused.error.context.status, 401);
    assert.equal(body.error, "unauthorized");

    const jwks = await fetch(`${stack.url}/auth/v1/.well-known/jwks.json`).then((r) => r.json());
    assert.equal(jwks.keys[0].kid, (await testKey()).kid);
    const missing = await fetch(`${stack.url}/functions/v1/nope`);
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  } finally {
    await stack.close();
    await database.close();
  }
});
