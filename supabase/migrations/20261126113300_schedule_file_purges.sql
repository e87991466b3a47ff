-- Schedules the two file purges on Supabase, like *_schedule_cron.sql schedules the other
-- tasks (same pg_cron + pg_net call, URL and secret from Vault; shared/cron_schedule.ts holds
-- the same schedule for scripts/dev). Does nothing where pg_cron, pg_net or Vault are absent.
--   purge-deleted-files  every minute: Storage objects of deleted rows (storage_deletions queue)
--   purge-orphans        daily: objects no assets row names

do $migration$
declare
  v_task text;
  v_schedule text;
begin
  if not exists (select 1 from pg_available_extensions where name = 'pg_cron')
     or not exists (select 1 from pg_available_extensions where name = 'pg_net')
     or not exists (select 1 from pg_available_extensions where name = 'supabase_vault') then
    raise notice 'pg_cron, pg_net or supabase_vault not available: cron schedule skipped';
    return;
  end if;

  create extension if not exists pg_cron;
  create extension if not exists pg_net;
  create extension if not exists supabase_vault;

  for v_task, v_schedule in
    select * from (values
      ('purge-deleted-files', '* * * * *'),
      ('purge-orphans', '47 3 * * *')) as t(task, schedule)
  loop
    perform cron.schedule('brand-' || v_task, v_schedule, format($job$
      select net.http_post(
        url := (select decrypted_secret from vault.decrypted_secrets where name = 'project_url')
               || '/functions/v1/cron/%s',
        headers := jsonb_build_object(
          'content-type', 'application/json',
          'x-cron-secret', (select decrypted_secret from vault.decrypted_secrets where name = 'cron_secret')),
        body := '{}'::jsonb,
        timeout_milliseconds := 10000)
    $job$, v_task));
  end loop;
end
$migration$;
