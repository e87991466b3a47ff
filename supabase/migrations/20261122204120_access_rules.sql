-- Grants, seeds and triggers that Drizzle's schema cannot express.
-- Supabase grants every new public table to anon and authenticated by default
-- (alter default privileges); take that back and grant only what clients need.
-- RLS policies (in the schema) then limit those grants to the caller's own rows.

revoke all on table public.plans, public.profiles, public.projects from public, anon, authenticated;

grant select on table public.plans to authenticated;
grant select on table public.profiles to authenticated;
-- Clients change only a project's name and brief. Inserts name every column (Drizzle
-- writes DEFAULT for the rest), so insert is granted whole and a trigger sets the owner
-- and timestamps; the insert policy checks the owner again.
grant select, insert, delete on table public.projects to authenticated;
grant update (name, brief) on table public.projects to authenticated;

grant all on table public.plans, public.profiles, public.projects to service_role;

insert into public.plans (id, daily_units, monthly_units) values
  ('free', 40, 400),
  ('pro', 400, 8000)
on conflict (id) do nothing;

-- updated_at follows every update, whoever makes it.
create or replace function public.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
revoke all on function public.touch_updated_at() from public, anon, authenticated;

-- A signed-in user's rows are always their own, whatever the insert says.
create or replace function public.stamp_owned_row()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null then
    new.owner_id := auth.uid();
  end if;
  new.created_at := now();
  new.updated_at := now();
  return new;
end;
$$;
revoke all on function public.stamp_owned_row() from public, anon, authenticated;

create trigger projects_stamp_owner before insert on public.projects
  for each row execute function public.stamp_owned_row();
create trigger projects_touch_updated_at before update on public.projects
  for each row execute function public.touch_updated_at();
create trigger profiles_touch_updated_at before update on public.profiles
  for each row execute function public.touch_updated_at();

-- A deleted auth user takes their data along (rows carry the user id without a foreign
-- key, see drizzle/schema.ts).
create or replace function public.delete_user_data()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.projects where owner_id = old.id;
  delete from public.profiles where id = old.id;
  return old;
end;
$$;
revoke all on function public.delete_user_data() from public, anon, authenticated;

create trigger on_auth_user_deleted after delete on auth.users
  for each row execute function public.delete_user_data();
