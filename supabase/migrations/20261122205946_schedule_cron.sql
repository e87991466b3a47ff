-- Schedules the cron function on Supabase: pg_cron fires, pg_net calls
-- POST <project_url>/functions/v1/cron/<task> with the x-cron-secret header. URL and secret
-- come from Vault, never from this file. Create them once per project:
--   select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--   select vault.create_secret('<the CRON_SECRET function secret>', 'cron_secret');
-- Where pg_cron, pg_net or Vault are not available (local PGlite, plain PostgreSQL) this
-- migration does nothing; scripts/dev runs the same schedule in-process instead.

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

  -- shared/cron_schedule.ts holds the same schedule for scripts/dev.
  for v_task, v_schedule in
    select * from (values
      ('sweep-generations', '* * * * *'),
      ('probe-providers', '* * * * *'),
      ('refresh-research', '0 */6 * * *'),
      ('purge-expired', '17 * * * *')) as t(task, schedule)
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
