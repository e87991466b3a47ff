import assert from "node:assert/strict";
import { createRoute } from "../shared/http/openapi_app.ts";
import { createApp } from "../shared/http/app.ts";
import { createHealthApp } from "../supabase/functions/health/app.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { captureLogs, client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { dbTest } from "./helpers/test.ts";

dbTest("health answers liveness and readiness publicly", async (database) => {
  const deps = await testDeps(database);
  const call = client(createHealthApp({ deps: async () => deps }), "health");
  const live = await call("GET", "");
  assert.equal(live.status, 200);
  assert.equal(live.json.status, "ok");
  assert.match(live.json.version, /^\d+\.\d+\.\d+/);
  assert.ok(!Number.isNaN(Date.parse(live.json.time)));
  const ready = await call("GET", "/ready");
  assert.equal(ready.status, 200);
  assert.deepEqual(ready.json.checks, { database: "ok" });
});

dbTest("readiness is 503 not_ready when the database does not answer", async (database) => {
  const deps = await testDeps({
    ...database,
    db: { execute: () => Promise.reject(new Error("down")) } as never,
  });
  const res = await client(createHealthApp({ deps: async () => deps }), "health")("GET", "/ready");
  assert.equal(res.status, 503);
  assert.equal(res.json.error, "not_ready");
  assert.equal(res.json.details.checks.database, "unavailable");
});

dbTest("CORS preflight allows the headers supabase-js sends plus ours", async (database) => {
  const deps = await testDeps(database);
  const res = await client(createProjectsApp({ deps: async () => deps }), "projects")(
    "OPTIONS",
    "",
    {
      headers: {
        origin: "https://app.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers":
          "authorization, x-client-info, apikey, content-type, idempotency-key, prefer",
      },
    },
  );
  assert.equal(res.status, 204);
  assert.equal(res.headers.get("access-control-allow-origin"), "*");
  const allowed = res.headers.get("access-control-allow-headers")!.split(",");
  for (
    const h of [
      "authorization",
      "x-client-info",
      "apikey",
      "content-type",
      "idempotency-key",
      "prefer",
    ]
  ) {
    assert.ok(allowed.includes(h), `${h} allowed`);
  }
  assert.ok(res.headers.get("access-control-allow-methods")!.includes("POST"));
});

dbTest("CORS with an origin list answers only listed origins", async (database) => {
  const deps = await testDeps(database, { CORS_ORIGINS: "https://a.example, https://b.example" });
  const call = client(createHealthApp({ deps: async () => deps }), "health");
  const ok = await call("GET", "", { headers: { origin: "https://b.example" } });
  assert.equal(ok.headers.get("access-control-allow-origin"), "https://b.example");
  const other = await call("GET", "", { headers: { origin: "https://evil.example" } });
  assert.equal(other.headers.get("access-control-allow-origin"), null);
});

dbTest("request ids are echoed when safe and made up otherwise", async (database) => {
  const deps = await testDeps(database);
  const call = client(createHealthApp({ deps: async () => deps }), "health");
  const given = await call("GET", "", { headers: { "x-request-id": "req-123_abc=" } });
  assert.equal(given.headers.get("x-request-id"), "req-123_abc=");
  const made = await call("GET", "");
  assert.match(made.headers.get("x-request-id")!, /^[0-9a-f-]{36}$/);
  const unsafe = await call("GET", "/nope", { headers: { "x-request-id": "bad id\twith spaces" } });
  assert.notEqual(unsafe.headers.get("x-request-id"), "bad id\twith spaces");
  assert.equal(unsafe.json.request_id, unsafe.headers.get("x-request-id"));
});

dbTest("unknown routes are 404 not_found in the error format", async (database) => {
  const deps = await testDeps(database);
  const res = await client(createProjectsApp({ deps: async () => deps }), "projects")(
    "GET",
    "/a/b/c",
  );
  assert.equal(res.status, 404);
  assert.deepEqual(Object.keys(res.json).sort(), ["error", "message", "request_id"]);
  assert.equal(res.json.error, "not_found");
});

dbTest(
  "bad JSON, wrong content type and oversized bodies are refused before anything is written",
  async (database) => {
    const deps = await testDeps(database, { BODY_LIMIT_BYTES: "2048" });
    const call = client(createProjectsApp({ deps: async () => deps }), "projects");
    const token = await tokenFor(newUserId());

    const badJson = await call("POST", "", {
      token,
      rawBody: '{"name": "x",',
      headers: { "content-type": "application/json" },
    });
    assert.equal(badJson.status, 400);
    assert.equal(badJson.json.error, "invalid_json");

    const wrongType = await call("POST", "", {
      token,
      rawBody: "name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.equal(wrongType.status, 415);
    assert.equal(wrongType.json.error, "unsupported_media_type");

    const big = await call("POST", "", {
      token,
      body: { name: "x", brief: { description: "y".repeat(5000) } },
    });
    assert.equal(big.status, 413);
    assert.equal(big.json.error, "payload_too_large");
    assert.equal(big.json.details.limit_bytes, 2048);

    // A streamed body without content-length is cut off at the limit too.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(JSON.stringify({ name: "z".repeat(4000) })));
        c.close();
      },
    });
    const chunked = await call("POST", "", {
      token,
      rawBody: stream,
      headers: { "content-type": "application/json" },
    });
    assert.equal(chunked.status, 413);

    const missing = await call("POST", "", { token });
    assert.equal(missing.status, 400);

    const list = await call("GET", "", { token });
    assert.deepEqual(list.json.items, []);
  },
);

dbTest(
  "a body stream that breaks is 400, or 413 once past the limit, never 500",
  async (database) => {
    const deps = await testDeps(database, { BODY_LIMIT_BYTES: "2048" });
    const call = client(createProjectsApp({ deps: async () => deps }), "projects");
    const token = await tokenFor(newUserId());
    const breaking = (bytes: number) => {
      let sent = false;
      // Pulled only when read (highWaterMark 0), so the bytes arrive before the error.
      return new ReadableStream({
        pull(c) {
          if (sent) return c.error(new Error("connection reset while reading the body"));
          c.enqueue(new TextEncoder().encode("{".padEnd(bytes, " ")));
          sent = true;
        },
      }, { highWaterMark: 0 });
    };
    const headers = { "content-type": "application/json" };
    const early = await call("POST", "", { token, rawBody: breaking(10), headers });
    assert.equal(early.status, 400);
    assert.equal(early.json.error, "invalid_json");
    const late = await call("POST", "", { token, rawBody: breaking(4096), headers });
    assert.equal(late.status, 413, late.text);
    assert.equal(late.json.error, "payload_too_large");
  },
);

dbTest("validation errors name each bad field", async (database) => {
  const deps = await testDeps(database);
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const token = await tokenFor(newUserId());
  const res = await call("POST", "", {
    token,
    body: {
      name: "",
      brief: { description: "short", keywords: Array(11).fill("k") },
      owner_id: newUserId(),
    },
  });
  assert.equal(res.status, 400);
  assert.equal(res.json.error, "validation_failed");
  const fields = res.json.details.fields;
  assert.ok(fields.name, "name reported");
  assert.ok(fields["brief.description"], "brief.description reported");
  assert.ok(fields["brief.keywords"], "brief.keywords reported");
  assert.ok(
    fields["(root)"].some((m: string) => m.includes("owner_id")),
    "unknown owner_id refused",
  );

  const badQuery = await call("GET", "?limit=0", { token });
  assert.equal(badQuery.status, 400);
  assert.ok(badQuery.json.details.fields["query.limit"]);
  const badId = await call("GET", "/not-a-uuid", { token });
  assert.equal(badId.status, 400);
  assert.ok(badId.json.details.fields["param.id"]);
});

dbTest(
  "an unexpected error is a bare 500: no stack, no message, logged with the request id",
  async (database) => {
    const logs = captureLogs();
    const deps = await testDeps(database, {}, { log: logs });
    const app = createApp("boom", { deps: async () => deps });
    app.openapi(
      createRoute({ method: "get", path: "/", responses: { 200: { description: "never" } } }),
      () => {
        throw new Error("connection to postgres://admin:hunter2@db failed");
      },
    );
    const res = await client(app, "boom")("GET", "");
    assert.equal(res.status, 500);
    assert.equal(res.json.error, "internal_error");
    assert.ok(!res.text.includes("hunter2") && !res.text.includes("at "), "nothing internal leaks");
    const logged = logs.lines.find((l) => l.msg === "unhandled error");
    assert.equal(logged?.request_id, res.json.request_id);
  },
);

dbTest("one JSON log line per request, with the user and without the token", async (database) => {
  const logs = captureLogs();
  const deps = await testDeps(database, {}, { log: logs });
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const user = newUserId();
  const token = await tokenFor(user);
  await call("GET", "", { token, headers: { "x-request-id": "log-check" } });
  const lines = logs.lines.filter((l) => l.request_id === "log-check");
  assert.equal(lines.length, 1);
  const line = lines[0];
  assert.equal(line.msg, "request");
  assert.equal(line.fn, "projects");
  assert.equal(line.route, "/projects");
  assert.equal(line.status, 200);
  assert.equal(line.user_id, user);
  assert.equal(typeof line.duration_ms, "number");
  assert.ok(!JSON.stringify(logs.lines).includes(token.split(".")[2]));
});
