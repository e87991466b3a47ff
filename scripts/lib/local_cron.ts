import { CRON_SCHEDULE } from "../../shared/cron_schedule.ts";
import { describeError, type Logger } from "../../shared/log.ts";

type Handler = (req: Request) => Response | Promise<Response>;

export interface LocalCron {
  /** Stops the timers and waits for runs in flight (before the database closes). */
  stop(): Promise<void>;
}

/**
 * What pg_cron + pg_net do on Supabase: POST /cron/<task> with the secret, on the same
 * schedule (shared/cron_schedule.ts). `everyMs` replaces every interval (tests use a short
 * one). A task never overlaps itself: the next run is timed from the end of the previous one.
 */
export function startLocalCron(
  handler: Handler,
  secret: string,
  log: Logger,
  everyMs?: number,
): LocalCron {
  let stopped = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const running = new Set<Promise<void>>();

  const run = async (task: string) => {
    try {
      const res = await handler(
        new Request(`http://local/cron/${task}`, {
          method: "POST",
          headers: { "x-cron-secret": secret },
        }),
      );
      if (!res.ok) {
        log.log("error", "cron task failed", { task, status: res.status, body: await res.text() });
      } else await res.body?.cancel();
    } catch (err) {
      log.log("error", "cron task failed", { task, ...describeError(err) });
    }
  };

  const schedule = (task: string, delay: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      const done = run(task).finally(() => {
        running.delete(done);
        if (!stopped) schedule(task, delay);
      });
      running.add(done);
    }, delay);
    timers.add(timer);
  };
  for (const { task, everyMs: scheduled } of CRON_SCHEDULE) schedule(task, everyMs ?? scheduled);

  return {
    async stop() {
      stopped = true;
      timers.forEach(clearTimeout);
      await Promise.all(running);
    },
  };
}
