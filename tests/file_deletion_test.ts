import assert from "node:assert/strict";
import { createClient } from "@supabase/supabase-js";
import { sql } from "drizzle-orm";
import { startLocalStack } from "../scripts/lib/local_stack.ts";
import { signToken } from "../scripts/lib/local_auth.ts";
import { type Db, queryRows } from "../shared/db/client.ts";
import { asAdmin } from "../shared/db/scope.ts";
import type { Deps } from "../shared/deps.ts";
import { claimGeneration } from "../shared/generation/lifecycle.ts";
import { silentLogger } from "../shared/log.ts";
import { GenerationStopped } from "../shared/runtime/job.ts";
import { assetPath } from "../shared/storage/paths.ts";
import { createSupabaseStorage } from "../shared/storage/supabase.ts";
import { createCronApp } from "../supabase/functions/cron/app.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { startStorageFake } from "./fakes/storage_server.ts";
import { client, newUserId, TEST_ISSUER, testDeps, testKey, tokenFor } from "./helpers/app.ts";
import { freshDatabase } from "./helpers/db.ts";
import { startAt } from "./helpers/lifecycle.ts";
import { dbTest, test } from "./helpers/test.ts";

/** Files go with what owns them: projects, users (deleted or soft-deleted), stopped generations. */

const SECRET = "cron-secret-for-tests-0123456789";
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
const cronHeaders = { headers: { "x-cron-secret": SECRET } };

/** A running generation of the user's, claimed by a worker. */
async function runningGeneration(deps: Deps, userId: string) {
  const started = await startAt(deps.database.db, userId, deps.now(), { kind: "logos" });
  assert.equal(started.outcome, "created");
  const id = (started as { generation: { id: string } }).generation.id;
  assert.ok(await claimGeneration(deps.database.db, id, 60_000, deps.now()));
  return { id };
}

const storeFile = (deps: Deps, ownerId: string, generationId: string, name = "logo-1.svg") =>
  deps.assets.store({
    ownerId,
    generationId,
    kind: "logo",
    name,
    bytes: SVG,
    mime: "image/svg+xml",
  });

/** One HTTP/1.1 request over a plain socket; answers the response head and body as text. */
async function rawRequest(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<string> {
  const { hostname, port } = new URL(base);
  const conn = await Deno.connect({ hostname, port: Number(port) });
  const head = [`${method} ${path} HTTP/1.1`, `host: ${hostname}:${port}`, "connection: close"]
    .concat(Object.entries(headers).map(([k, v]) => `${k}: ${v}`));
  await conn.write(new TextEncoder().encode(`${head.join("\r\n")}\r\n\r\n`));
  return await new Response(conn.readable).text();
}

async function assetRows(db: Db, ownerId: string) {
  return await asAdmin(db, (tx) =>
    queryRows<{ path: string }>(
      tx,
      sql`select path from public.assets where owner_id = ${ownerId} order by path`,
    ));
}

test("deleting a project over HTTP kills the signed URLs of its logos and kit", async () => {
  const database = await freshDatabase();
  const storageDir = await Deno.makeTempDir({ prefix: "bpg-files-" });
  const stack = await startLocalStack({
    env: { SUPABASE_URL: "http://localhost:54321", STORAGE_LOCAL_DIR: storageDir },
    port: 0,
    database,
    key: await testKey(),
    log: silentLogger,
  });
  try {
    const userId = newUserId();
    const token = await tokenFor(userId);
    const anonKey = await signToken(await testKey(), {
      sub: newUserId(),
      role: "anon",
      issuer: TEST_ISSUER,
    });
    const supabase = createClient(stack.url, anonKey, { accessToken: async () => token });
    const project = await supabase.functions.invoke("projects", {
      body: { name: "Crumbly", brief: { description: "Sourdough delivered by bike" } },
    });
    assert.equal(project.error, null);
    const projectId = project.data.id;
    const logos = await supabase.functions.invoke("generate-logos", {
      body: {
        project_id: projectId,
        brand_name: "Crumbly",
        brief: { description: "A bakery that delivers sourdough bread by bike" },
        count: 1,
      },
    });
    assert.equal(logos.error, null);
    assert.equal(logos.data.status, "succeeded");
    const kit = await stack.deps.assets.store({
      ownerId: userId,
      projectId,
      kind: "brand-kit",
      name: "brand-kit.zip",
      bytes: SVG,
      mime: "application/zip",
    });
    const urls = [logos.data.output.logos[0].url, kit.url];
    for (const url of urls) {
      const res = await fetch(url);
      assert.equal(res.status, 200, url);
      await res.body?.cancel();
    }

    // As curl sends it (Content-Length: 0); bodyless requests without it are another fix's.
    const deleted = await rawRequest(stack.url, "DELETE", `/functions/v1/projects/${projectId}`, {
      authorization: `Bearer ${token}`,
      "content-length": "0",
    });
    assert.match(deleted, /^HTTP\/1\.1 204 /);

    for (const url of urls) {
      const res = await fetch(url);
      const body = await res.json();
      assert.equal(res.status, 400, url);
      assert.equal(body.statusCode, "404", "Storage's answer for an object that is gone");
    }
    assert.deepEqual(await assetRows(database.db, userId), []);
    const left = await Array.fromAsync(stack.deps.storage.list());
    assert.deepEqual(left.filter((o) => o.path.startsWith(userId)), []);
  } finally {
    await stack.close();
    await database.close();
    await Deno.remove(storageDir, { recursive: true });
  }
});

dbTest("canceling a generation removes the files it had stored", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const { id } = await runningGeneration(deps, userId);
  const stored = await storeFile(deps, userId, id);
  assert.deepEqual(await deps.storage.get(stored.path), SVG);

  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  const res = await gens("POST", `/${id}/cancel`, {
    token: await tokenFor(userId),
    headers: { "content-type": "application/json" },
    body: {},
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.json.status, "canceled");
  assert.equal(await deps.storage.get(stored.path), null, "the file is gone with the cancel");
  assert.deepEqual(await assetRows(database.db, userId), []);
});

dbTest("a generation the sweeper fails loses its files at the next purge", async (database) => {
  let now = new Date();
  const deps = await testDeps(database, { CRON_SECRET: SECRET }, { now: () => now });
  const userId = newUserId();
  const { id } = await runningGeneration(deps, userId);
  const stored = await storeFile(deps, userId, id);

  now = new Date(now.getTime() + 120_000); // the worker's lease ran out
  const cron = client(createCronApp({ deps: async () => deps }), "cron");
  const swept = await cron("POST", "/sweep-generations", cronHeaders);
  assert.equal(swept.json.swept, 1);
  assert.deepEqual(await assetRows(database.db, userId), [], "a failed generation keeps no rows");

  const purged = await cron("POST", "/purge-deleted-files", cronHeaders);
  assert.equal(purged.status, 200, purged.text);
  assert.deepEqual(purged.json, { removed: 1, pending: 0 });
  assert.equal(await deps.storage.get(stored.path), null);
});

async function userWithFiles(deps: Deps) {
  const userId = newUserId();
  // Supabase Auth writes auth.users with its own role; the test connects as the owner.
  await deps.database.db.execute(
    sql`insert into auth.users (id, email) values (${userId}, 'gone@example.com')`,
  );
  const { id } = await runningGeneration(deps, userId);
  const first = await storeFile(deps, userId, id, "logo-1.svg");
  const second = await storeFile(deps, userId, id, "logo-2.svg");
  return { userId, paths: [first.path, second.path] };
}

for (
  const [how, remove] of [
    ["deleted", (id: string) => sql`delete from auth.users where id = ${id}`],
    [
      "soft-deleted",
      (id: string) => sql`update auth.users set deleted_at = now() where id = ${id}`,
    ],
  ] as const
) {
  dbTest(`a user Supabase Auth ${how} loses rows and files`, async (database) => {
    const deps = await testDeps(database, { CRON_SECRET: SECRET });
    const { userId, paths } = await userWithFiles(deps);
    const bystander = await userWithFiles(deps);

    await database.db.execute(remove(userId));
    const rows = await asAdmin(database.db, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select (select count(*) from public.generations where owner_id = ${userId})
                 + (select count(*) from public.assets where owner_id = ${userId})
                 + (select count(*) from public.profiles where id = ${userId}) as n`,
      ));
    assert.equal(Number(rows[0].n), 0, "no rows left");

    const cron = client(createCronApp({ deps: async () => deps }), "cron");
    const purged = await cron("POST", "/purge-deleted-files", cronHeaders);
    assert.deepEqual(purged.json, { removed: 2, pending: 0 });
    for (const path of paths) assert.equal(await deps.storage.get(path), null);
    for (const path of bystander.paths) assert.deepEqual(await deps.storage.get(path), SVG);
  });
}

dbTest(
  "purge-orphans removes old files no asset row names, through the Storage API",
  async (database) => {
    const fake = startStorageFake();
    try {
      const storage = createSupabaseStorage({
        url: fake.url,
        key: fake.key,
        bucket: "brand-assets",
      });
      const deps = await testDeps(database, { CRON_SECRET: SECRET }, { storage });
      const userId = newUserId();
      const { id } = await runningGeneration(deps, userId);
      const kept = await storeFile(deps, userId, id);
      const bucket = fake.buckets.get("brand-assets")!;
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
      const orphan = assetPath(userId, crypto.randomUUID(), "logo-1.svg");
      const fresh = assetPath(userId, crypto.randomUUID(), "logo-2.svg");
      const file = (updatedAt: Date) => ({
        bytes: new Uint8Array(SVG),
        contentType: "image/svg+xml",
        cacheControl: null,
        updatedAt,
      });
      bucket.get(kept.path)!.updatedAt = hoursAgo(48);
      bucket.set(orphan, file(hoursAgo(48)));
      // Still being written: its row comes after the upload.
      bucket.set(fresh, file(hoursAgo(0)));
      // Not one of ours (a key our paths never produce): left alone.
      bucket.set(".emptyFolderPlaceholder", file(hoursAgo(48)));

      const cron = client(createCronApp({ deps: async () => deps }), "cron");
      const res = await cron("POST", "/purge-orphans", cronHeaders);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json, { scanned: 4, removed: 1 });
      assert.deepEqual(
        [...bucket.keys()].sort(),
        [kept.path, fresh, ".emptyFolderPlaceholder"].sort(),
      );
      const removes = fake.requests.filter((r) => r.method === "DELETE");
      assert.equal(removes.length, 1);

      fake.faults.push("server_error");
      const down = await cron("POST", "/purge-orphans", cronHeaders);
      assert.equal(down.status, 503, down.text);
      assert.equal(down.json.error, "storage_unavailable");
      assert.equal(typeof down.json.request_id, "string");
    } finally {
      await fake.close();
    }
  },
);

dbTest("a failed Storage call leaves the paths queued for the next purge", async (database) => {
  const fake = startStorageFake();
  try {
    const storage = createSupabaseStorage({ url: fake.url, key: fake.key, bucket: "brand-assets" });
    const deps = await testDeps(database, { CRON_SECRET: SECRET }, { storage });
    const userId = newUserId();
    const { id } = await runningGeneration(deps, userId);
    const stored = await storeFile(deps, userId, id);
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    fake.faults.push("server_error");
    const res = await gens("POST", `/${id}/cancel`, {
      token: await tokenFor(userId),
      body: {},
    });
    assert.equal(res.status, 200, "the cancel itself succeeded");
    assert.ok(fake.buckets.get("brand-assets")!.has(stored.path), "Storage was down");

    const cron = client(createCronApp({ deps: async () => deps }), "cron");
    const purged = await cron("POST", "/purge-deleted-files", cronHeaders);
    assert.deepEqual(purged.json, { removed: 1, pending: 0 });
    assert.ok(!fake.buckets.get("brand-assets")!.has(stored.path));
  } finally {
    await fake.close();
  }
});

dbTest("users cannot read or change the deletion queue", async (database) => {
  const rows = await queryRows<{ anon: boolean; authenticated: boolean }>(
    database.db,
    sql`select has_table_privilege('anon', 'private.storage_deletions', 'select') as anon,
               has_table_privilege('authenticated', 'private.storage_deletions', 'select,insert,delete') as authenticated`,
  );
  assert.deepEqual({ ...rows[0] }, { anon: false, authenticated: false });
});

dbTest("a file uploaded while its generation stopped is removed at once", async (database) => {
  const deps = await testDeps(database);
  const userId = newUserId();
  const { id } = await runningGeneration(deps, userId);
  await asAdmin(
    database.db,
    (tx) => tx.execute(sql`select private.cancel_generation(${userId}::uuid, ${id}::uuid, now())`),
  );
  await assert.rejects(storeFile(deps, userId, id), GenerationStopped);
  const files = await Array.fromAsync(deps.storage.list());
  assert.deepEqual(files.filter((o) => o.path.startsWith(`${userId}/`)), []);
});

test("no code or migration deletes storage.objects with SQL (Supabase blocks it)", async () => {
  const offenders: string[] = [];
  for (const dir of ["supabase/migrations", "shared", "scripts", "supabase/functions"]) {
    const root = new URL(`../${dir}/`, import.meta.url);
    for await (const file of walkFiles(root)) {
      if (!/\.(sql|ts)$/.test(file.pathname)) continue;
      if (/delete\s+from\s+storage\.objects/i.test(await Deno.readTextFile(file))) {
        offenders.push(file.pathname);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

async function* walkFiles(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.isDirectory ? `${entry.name}/` : entry.name, dir);
    if (entry.isDirectory) yield* walkFiles(url);
    else if (entry.isFile) yield url;
  }
}

dbTest(
  "deleting a project stops its running generations: canceled, refunded, files gone",
  async (database) => {
    const deps = await testDeps(database);
    const userId = newUserId();
    const token = await tokenFor(userId);
    const projects = client(createProjectsApp({ deps: async () => deps }), "projects");
    const project = await projects("POST", "", { token, body: { name: "Racing" } });
    assert.equal(project.status, 201);
    const [row] = await asAdmin(
      deps.database.db,
      (tx) =>
        queryRows<{ r: { generation: { id: string } } }>(
          tx,
          sql`select private.start_generation(${userId}::uuid, 'logos'::public.generation_kind,
        '{}'::jsonb, 'h', null, ${project.json.id}::uuid, null, now()) as r`,
        ),
    );
    const id = row.r.generation.id;
    assert.ok(await claimGeneration(deps.database.db, id, 60_000, deps.now()));
    const stored = await storeFile(deps, userId, id);

    assert.equal((await projects("DELETE", `/${project.json.id}`, { token })).status, 204);
    const gens = client(
      createGenerationsApp({ deps: async () => deps }),
      "generations",
    );
    const after = await gens("GET", `/${id}`, { token });
    assert.equal(after.json.status, "canceled");
    assert.equal(after.json.usage.units, 0, "refunded");
    assert.equal(await deps.storage.get(stored.path), null, "its file went with it");
    // A file the worker stores after the cancel is not kept either.
    await assert.rejects(storeFile(deps, userId, id, "logo-2.svg"), GenerationStopped);
  },
);
