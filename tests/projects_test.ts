import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { queryRows } from "../shared/db/client.ts";
import { asUser } from "../shared/db/scope.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { client, newUserId, testDeps, tokenFor } from "./helpers/app.ts";
import { dbTest } from "./helpers/test.ts";

const brief = {
  description: "Handmade ceramic mugs for coffee lovers",
  industry: "retail",
  keywords: ["clay"],
};

dbTest("projects: create, get, list, rename, delete", async (database) => {
  const deps = await testDeps(database);
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const token = await tokenFor(newUserId());

  const created = await call("POST", "", { token, body: { name: "  Mugs  ", brief } });
  assert.equal(created.status, 201);
  assert.equal(created.json.name, "Mugs", "names are trimmed");
  assert.deepEqual(created.json.brief, brief);
  const id = created.json.id;

  const got = await call("GET", `/${id}`, { token });
  assert.equal(got.status, 200);
  assert.deepEqual(got.json, created.json);

  const renamed = await call("PATCH", `/${id}`, { token, body: { name: "Mug Club" } });
  assert.equal(renamed.status, 200);
  assert.equal(renamed.json.name, "Mug Club");
  assert.deepEqual(renamed.json.brief, brief, "brief untouched by a rename");
  assert.ok(Date.parse(renamed.json.updated_at) >= Date.parse(created.json.updated_at));

  const empty = await call("PATCH", `/${id}`, { token, body: {} });
  assert.equal(empty.status, 400);

  const listed = await call("GET", "", { token });
  assert.deepEqual(listed.json.items.map((p: { id: string }) => p.id), [id]);

  assert.equal((await call("DELETE", `/${id}`, { token })).status, 204);
  assert.equal((await call("GET", `/${id}`, { token })).status, 404);
  assert.equal((await call("DELETE", `/${id}`, { token })).status, 404);
});

dbTest("projects list pages newest first with a cursor", async (database) => {
  const deps = await testDeps(database);
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const token = await tokenFor(newUserId());
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    ids.push((await call("POST", "", { token, body: { name: `P${i}` } })).json.id);
  }

  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { json: { items: { id: string }[]; next_cursor: string | null } } = await call(
      "GET",
      `?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      { token },
    );
    seen.push(...res.json.items.map((p) => p.id));
    cursor = res.json.next_cursor;
  } while (cursor);
  assert.deepEqual(seen, [...ids].reverse());

  const bad = await call("GET", "?cursor=bm9wZQ", { token });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error, "validation_failed");
});

dbTest("another user's project is 404 everywhere and never listed", async (database) => {
  const deps = await testDeps(database);
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const alice = await tokenFor(newUserId());
  const bob = await tokenFor(newUserId());
  const { json: project } = await call("POST", "", { token: alice, body: { name: "Secret" } });

  assert.equal((await call("GET", `/${project.id}`, { token: bob })).status, 404);
  assert.equal(
    (await call("PATCH", `/${project.id}`, { token: bob, body: { name: "Mine" } })).status,
    404,
  );
  assert.equal((await call("DELETE", `/${project.id}`, { token: bob })).status, 404);
  assert.deepEqual((await call("GET", "", { token: bob })).json.items, []);

  const still = await call("GET", `/${project.id}`, { token: alice });
  assert.equal(still.json.name, "Secret");
});

dbTest("users cannot move a project to another owner, even with direct SQL", async (database) => {
  const deps = await testDeps(database);
  const call = client(createProjectsApp({ deps: async () => deps }), "projects");
  const aliceId = newUserId();
  const { json: project } = await call("POST", "", {
    token: await tokenFor(aliceId),
    body: { name: "Mine" },
  });
  const alice = { id: aliceId, claims: { sub: aliceId, role: "authenticated" as const } };

  await assert.rejects(
    asUser(
      deps.database.db,
      alice,
      (tx) => tx.execute(sql`update public.projects set owner_id = ${newUserId()}`),
    ),
    "owner_id is not updatable",
  );
  const forged = await asUser(deps.database.db, alice, (tx) =>
    queryRows<{ owner_id: string }>(
      tx,
      sql`insert into public.projects (name, owner_id) values ('x', ${newUserId()}) returning owner_id`,
    ));
  assert.equal(forged[0].owner_id, aliceId, "inserts are stamped with the caller");
  await assert.rejects(
    asUser(
      deps.database.db,
      alice,
      (tx) => tx.execute(sql`update public.plans set daily_units = 1e6`),
    ),
    "plans are read-only",
  );
  const [row] = await asUser(
    deps.database.db,
    alice,
    (tx) =>
      queryRows<{ owner_id: string }>(
        tx,
        sql`select owner_id from public.projects where id = ${project.id}`,
      ),
  );
  assert.equal(row.owner_id, aliceId);
});
