/**
 * The cron function's schedule, in one place: the pg_cron migration on Supabase mirrors it
 * and scripts/dev runs it in-process.
 */
export const CRON_SCHEDULE: { task: string; everyMs: number }[] = [
  { task: "sweep-generations", everyMs: 60_000 },
  { task: "probe-providers", everyMs: 60_000 },
  { task: "refresh-research", everyMs: 6 * 3_600_000 },
  { task: "purge-expired", everyMs: 3_600_000 },
  { task: "purge-deleted-files", everyMs: 60_000 },
  { task: "purge-orphans", everyMs: 24 * 3_600_000 },
];
