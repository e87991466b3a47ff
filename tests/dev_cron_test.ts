import assert from "node:assert/strict";
import { migrate } from "../scripts/lib/migrate.ts";
import { openPglite } from "../scripts/lib/pglite.ts";
import { claimGeneration } from "../shared/generation/lifecycle.ts";
import { newUserId, tokenFor } from "./helpers/app.ts";
import { startDevProcess } from "./helpers/dev_process.ts";
import { startAt } from "./helpers/lifecycle.ts";
import { test } from "./helpers/test.ts";

test("scripts/dev sweeps a generation whose worker died, without anyone calling cron", async () => {
  // A crash left a running generation with an expired lease (and its units held).
  const dataDir = await Deno.makeTempDir({ prefix: "bpg-dev-pglite-" });
  const user = newUserId();
  const seeded = await openPglite({ dataDir });
  await migrate(seeded);
  const past = new Date(Date.now() - 2 * 60_000);
  const started = await startAt(seeded.db, user, past, { kind: "names" });
  assert.ok("generation" in started && started.generation);
  const id = started.generation.id;
  assert.ok(await claimGeneration(seeded.db, id, 30_000, past));
  await seeded.close();

  const dev = await startDevProcess({ PGLITE_DATA_DIR: dataDir, CRON_EVERY_MS: "200" });
  try {
    const token = await tokenFor(user);
    const get = (path: string) =>
      fetch(`${dev.url}/functions/v1/${path}`, { headers: { authorization: `Bearer ${token}` } })
        .then((r) => r.json());
    let generation = await get(`generations/${id}`);
    const deadline = Date.now() + 20_000;
    while (generation.status === "running" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      generation = await get(`generations/${id}`);
    }
    assert.equal(generation.status, "failed", dev.stderr());
    assert.match(generation.error.code, /lease|worker|expired|timeout/);
    const account = await get("account");
    assert.deepEqual(
      account.windows.map((w: { used: number }) => w.used),
      [0, 0],
      "the held units are refunded",
    );
  } finally {
    assert.equal(await dev.stop(), 0, "Ctrl-C stops scripts/dev cleanly");
    await Deno.remove(dataDir, { recursive: true });
  }
});
