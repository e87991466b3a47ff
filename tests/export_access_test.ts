import assert from "node:assert/strict";
import { settleBackground } from "../shared/runtime/background.ts";
import { createGenerateNamesApp } from "../supabase/functions/generate-names/app.ts";
import { createGeneratePackageApp } from "../supabase/functions/generate-package/app.ts";
import { createGenerationsApp } from "../supabase/functions/generations/app.ts";
import { createProjectsApp } from "../supabase/functions/projects/app.ts";
import { client, newUserId, testDeps, tokenFor, withStorage } from "./helpers/app.ts";
import { dbTest } from "./helpers/test.ts";

const brief = { description: "Handmade ceramic mugs for slow mornings" };

type Answer = Awaited<ReturnType<ReturnType<typeof client>>>;

/** Asks for a kit as an app does: again while it answers 202, at most `limit` times. */
async function exportAll(ask: () => Promise<Answer>, limit = 5): Promise<Answer[]> {
  const answers = [await ask()];
  while (answers.at(-1)!.status === 202 && answers.length < limit) answers.push(await ask());
  return answers;
}

dbTest("exports: only a finished package of your own; everything else is 404", async (database) => {
  const deps = await testDeps(database, { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" });
  const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
  const projects = client(createProjectsApp({ deps: async () => deps }), "projects");
  const alice = await tokenFor(newUserId());
  const bob = await tokenFor(newUserId());

  const { json: project } = await projects("POST", "", {
    token: alice,
    body: { name: "Mugs", brief },
  });
  const none = await projects("GET", `/${project.id}/export`, { token: alice });
  assert.equal(none.status, 404);
  assert.match(none.json.message, /no finished brand package/);

  const names = await client(createGenerateNamesApp({ deps: async () => deps }), "generate-names")(
    "POST",
    "",
    { token: alice, body: { brief, count: 3 } },
  );
  const notPackage = await gens("GET", `/${names.json.id}/export`, { token: alice });
  assert.equal(notPackage.status, 404);
  assert.equal(notPackage.json.details.kind, "names");

  const pkg = await client(
    createGeneratePackageApp({ deps: async () => deps }),
    "generate-package",
  )(
    "POST",
    "",
    { token: alice, body: { brief, name: "Slowmug", project_id: project.id, logo_count: 1 } },
  );
  await settleBackground();
  const steps = await exportAll(() => gens("GET", `/${pkg.json.id}/export`, { token: alice }));
  assert.deepEqual(steps.map((a) => a.status), [202, 202, 200], "two render steps, then the kit");
  assert.deepEqual(
    steps.slice(0, 2).map((a) => a.json),
    [1, 2].map((step) => ({
      generation_id: pkg.json.id,
      status: "building",
      step,
      steps: 3,
    })),
  );
  for (const pending of steps.slice(0, 2)) {
    assert.equal(
      pending.headers.get("location"),
      `/functions/v1/generations/${pkg.json.id}/export`,
    );
    assert.equal(pending.headers.get("retry-after"), "0");
  }
  const mine = steps[2];
  assert.match(mine.json.sha256, /^[0-9a-f]{64}$/);
  const viaProject = await projects("GET", `/${project.id}/export`, { token: alice });
  assert.equal(viaProject.json.sha256, mine.json.sha256);

  assert.equal((await gens("GET", `/${pkg.json.id}/export`, { token: bob })).status, 404);
  assert.equal((await projects("GET", `/${project.id}/export`, { token: bob })).status, 404);
  assert.equal((await gens("GET", `/${pkg.json.id}/export`)).status, 401);
});

dbTest(
  "exports: a kit built before is answered without downloading it; one whose file is gone is rebuilt",
  async (database) => {
    const base = await testDeps(database, { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" });
    const reads: string[] = [];
    const deps = withStorage(base, {
      ...base.storage,
      get: (path) => {
        reads.push(path);
        return base.storage.get(path);
      },
    });
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    const alice = await tokenFor(newUserId());
    const pkg = await client(
      createGeneratePackageApp({ deps: async () => deps }),
      "generate-package",
    )("POST", "", { token: alice, body: { brief, name: "Slowmug", logo_count: 1 } });
    await settleBackground();

    const first = (await exportAll(() => gens("GET", `/${pkg.json.id}/export`, { token: alice })))
      .at(-1)!;
    assert.equal(first.json.cached, false);
    reads.length = 0;
    const again = await gens("GET", `/${pkg.json.id}/export`, { token: alice });
    assert.deepEqual([again.json.cached, again.json.sha256], [true, first.json.sha256]);
    assert.deepEqual(reads, [], "the stored kit is not downloaded to answer");

    const kitFile = new URL(first.json.url).pathname.split("/").slice(-3).join("/");
    await Deno.remove(`${deps.config.STORAGE_LOCAL_DIR}/${deps.config.STORAGE_BUCKET}/${kitFile}`);
    // The renders were kept: the kit is rebuilt in one request, the same bytes.
    const rebuilt = await gens("GET", `/${pkg.json.id}/export`, { token: alice });
    assert.deepEqual(
      [rebuilt.status, rebuilt.json.cached, rebuilt.json.sha256],
      [200, false, first.json.sha256],
    );

    // Kept renders lost too: that step is made again in a request of its own, then the kit.
    const folder = `${deps.config.STORAGE_LOCAL_DIR}/${deps.config.STORAGE_BUCKET}/${
      kitFile.split("/").slice(0, 2).join("/")
    }`;
    const rebuiltFile = new URL(rebuilt.json.url).pathname.split("/").pop();
    await Deno.remove(`${folder}/${rebuiltFile}`);
    await Deno.remove(`${folder}/brand-kit-renders-social.zip`);
    const again2 = await exportAll(() => gens("GET", `/${pkg.json.id}/export`, { token: alice }));
    assert.deepEqual(
      again2.map((a) => [a.status, a.json.step ?? a.json.sha256]),
      [[202, 2], [200, first.json.sha256]],
    );
  },
);

dbTest(
  "exports: concurrent requests for one kit wait for a single build of each step",
  async (database) => {
    const base = await testDeps(database, { RDAP_BOOTSTRAP_URL: "http://127.0.0.1:9/dns.json" });
    const zips: string[] = [];
    const deps = withStorage(base, {
      ...base.storage,
      put: (path, bytes, type) => {
        if (path.endsWith(".zip")) zips.push(path);
        return base.storage.put(path, bytes, type);
      },
    });
    const gens = client(createGenerationsApp({ deps: async () => deps }), "generations");
    const alice = await tokenFor(newUserId());
    const pkg = await client(
      createGeneratePackageApp({ deps: async () => deps }),
      "generate-package",
    )("POST", "", { token: alice, body: { brief, name: "Onebuild", logo_count: 1 } });
    await settleBackground();

    const together = () =>
      Promise.all(
        Array.from({ length: 4 }, () => gens("GET", `/${pkg.json.id}/export`, { token: alice })),
      );
    for (const step of [1, 2]) {
      const answers = await together();
      assert.deepEqual(answers.map((a) => [a.status, a.json.step]), Array(4).fill([202, step]));
    }
    const answers = await together();
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200]);
    assert.equal(new Set(answers.map((a) => a.json.sha256)).size, 1);
    assert.deepEqual(
      zips.map((path) => path.split("/").pop()!.replace(/-[0-9a-f]{12}\.zip$/, ".zip")),
      ["brand-kit-renders-marks.zip", "brand-kit-renders-social.zip", "brand-kit.zip"],
      "each step once, one upload each",
    );
  },
);
