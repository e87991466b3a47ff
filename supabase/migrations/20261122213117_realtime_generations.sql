-- Clients follow a generation's progress with Supabase Realtime (postgres_changes on
-- public.generations, filtered by id); RLS limits every subscriber to their own rows.
-- Skipped where the supabase_realtime publication does not exist (local PGlite, plain PG).
do $migration$
begin
  if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    raise notice 'no supabase_realtime publication: generations not published';
    return;
  end if;
  if not exists (
    select 1 from pg_publication_tables
    where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'generations'
  ) then
    alter publication supabase_realtime add table public.generations;
  end if;
end
$migration$;
