import assert from "node:assert/strict";
import { CRON_SCHEDULE } from "../shared/cron_schedule.ts";
import { listMigrations } from "../scripts/lib/migrate.ts";
import { test } from "./helpers/test.ts";

/** Period of the cron expressions the schedule migrations use. */
function periodMs(expression: string): number {
  const [minute, hour, ...rest] = expression.split(" ");
  assert.deepEqual(rest, ["*", "*", "*"], `${expression}: day fields are not used`);
  if (minute === "*") return 60_000;
  if (hour === "*") return 3_600_000;
  const every = hour.match(/^\*\/(\d+)$/);
  return every ? Number(every[1]) * 3_600_000 : 24 * 3_600_000;
}

test("pg_cron on Supabase runs the same tasks, as often, as scripts/dev", async () => {
  const scheduled = new Map<string, number>();
  for (const m of await listMigrations()) {
    if (!m.name.startsWith("schedule")) continue;
    const text = await Deno.readTextFile(
      new URL(`../supabase/migrations/${m.file}`, import.meta.url),
    );
    for (const [, task, expression] of text.matchAll(/\('([a-z-]+)', '([^']+)'\)/g)) {
      scheduled.set(task, periodMs(expression));
    }
  }
  assert.deepEqual(
    Object.fromEntries([...scheduled].sort()),
    Object.fromEntries(CRON_SCHEDULE.map((t) => [t.task, t.everyMs]).sort()),
  );
});
