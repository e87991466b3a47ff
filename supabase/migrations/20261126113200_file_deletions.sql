-- Files go with what owns them. Rows go in SQL — a deleted project, a user deleted or
-- soft-deleted by Supabase Auth, a generation that stops unfinished — but Storage objects can
-- only be removed through the Storage API: on Supabase, SQL on storage.objects is blocked (and
-- would orphan the files anyway). So every deleted assets row leaves its path in
-- private.storage_deletions in the same transaction. The functions remove a user's queued files
-- right after their delete or cancel; cron/purge-deleted-files drains the rest (deletes done by
-- triggers on auth.users, where none of our code runs, and anything a crash or an outage left).

create table private.storage_deletions (
  path text primary key,
  owner_id uuid not null,
  queued_at timestamptz not null default now()
);
create index storage_deletions_owner_idx on private.storage_deletions (owner_id, queued_at);
revoke all on table private.storage_deletions from public, anon, authenticated;
grant select, insert, delete on table private.storage_deletions to service_role;

create function private.queue_deleted_files()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.storage_deletions (path, owner_id)
  select path, owner_id from gone
  on conflict (path) do nothing;
  return null;
end;
$$;

create trigger assets_queue_deleted_files after delete on public.assets
  referencing old table as gone
  for each statement execute function private.queue_deleted_files();

-- A generation that stops unfinished (canceled, failed by its worker or the sweeper) keeps no
-- files: nothing will ever hand out their URLs.
create function private.drop_files_of_stopped_generation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.assets where generation_id = new.id;
  return null;
end;
$$;

create trigger generations_drop_files_when_stopped after update of status on public.generations
  for each row
  when (old.status in ('queued', 'running') and new.status in ('failed', 'canceled'))
  execute function private.drop_files_of_stopped_generation();

-- A deleted project takes the files of its generations along (its kits go by the assets →
-- projects cascade). Before the delete: afterwards the generations no longer name the project.
create function private.drop_files_of_project()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.assets a
  using public.generations g
  where g.project_id = old.id and a.generation_id = g.id;
  return old;
end;
$$;

create trigger projects_drop_files before delete on public.projects
  for each row execute function private.drop_files_of_project();

-- Supabase Auth's soft delete sets auth.users.deleted_at (an UPDATE, no DELETE): the user's
-- data goes exactly as on a hard delete.
create trigger on_auth_user_soft_deleted after update of deleted_at on auth.users
  for each row
  when (old.deleted_at is null and new.deleted_at is not null)
  execute function public.delete_user_data();

revoke all on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema private to service_role;
