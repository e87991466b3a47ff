-- Rules found missing in review:
-- 1. Only a top-level generation can be canceled by its owner; a package's stages are
--    canceled with their package (canceling a stage used to fail the package and refund it
--    whole while the finished stages stayed readable).
-- 2. A canceled package keeps the units of each finished stage *kind* once, even when a
--    resumed or late worker finished a kind twice.
-- 3. A stage can only be started under a package that is running.
-- 4. created_at is kept to the millisecond, the precision of the API's pagination cursors,
--    so rows created within one millisecond are not skipped between pages.
-- 5. Users can no longer start stages themselves: public.start_generation loses p_parent_id;
--    the package worker starts its stages through private.start_generation (service_role).
--    Inputs are capped at 64 KiB, since PostgREST callers skip our request validation.
-- 6. Whatever a canceled generation had stored is forgotten (asset rows deleted); its files
--    were never reachable (signed URLs are issued for finished outputs only).
-- 7. Deleting a user deletes all their rows.

create or replace function private.cancel_generation(p_user uuid, p_id uuid, p_now timestamptz)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_gen public.generations;
  v_keep integer;
begin
  -- Locked first: a stage being started or a file being recorded waits for the cancel.
  select * into v_gen from public.generations where id = p_id and owner_id = p_user for update;
  if not found then
    return null;
  end if;
  if v_gen.parent_id is not null then
    -- A stage: unchanged; cancel its package instead.
    return to_jsonb(v_gen);
  end if;

  with canceled as (
    update public.generations
    set status = 'canceled', finished_at = p_now, lease_token = null, lease_expires_at = null,
        error = jsonb_build_object('code', 'canceled', 'message', 'canceled by the user')
    where owner_id = p_user and status in ('queued', 'running')
      and (id = p_id or parent_id = p_id)
    returning id
  )
  delete from public.assets a using canceled c where a.generation_id = c.id;

  if v_gen.kind = 'package' then
    -- What ran is paid for (each kind once); what did not is refunded.
    select coalesce(sum(k.units), 0) into v_keep
    from (select distinct c.kind from public.generations c
          where c.parent_id = p_id and c.status = 'succeeded') done
    join public.generation_kinds k on k.kind = done.kind;
    perform private.settle_partially(p_id, v_keep, p_now);
  else
    perform private.refund(p_id, p_now);
  end if;
  select * into v_gen from public.generations where id = p_id;
  return to_jsonb(v_gen);
end;
$$;

create or replace function private.check_new_generation()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.created_at := date_trunc('milliseconds', new.created_at);
  if pg_column_size(new.input) > 65536 then
    raise exception 'generation input larger than 64 KiB' using errcode = '22023';
  end if;
  if new.parent_id is not null then
    -- Share-locked, so a cancel of the package cannot slip in between check and insert.
    perform 1 from public.generations p where p.id = new.parent_id and p.status = 'running' for share;
    if not found then
      raise exception 'the parent generation is not running' using errcode = 'P0002';
    end if;
  end if;
  return new;
end;
$$;

create trigger generations_check_new before insert on public.generations
  for each row execute function private.check_new_generation();

create or replace function public.stamp_owned_row()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null then
    new.owner_id := auth.uid();
  end if;
  new.created_at := date_trunc('milliseconds', now());
  new.updated_at := now();
  return new;
end;
$$;

drop function public.start_generation(public.generation_kind, jsonb, text, text, uuid, uuid);
create function public.start_generation(
  p_kind public.generation_kind,
  p_input jsonb,
  p_request_hash text,
  p_idempotency_key text default null,
  p_project_id uuid default null)
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.start_generation(auth.uid(), p_kind, p_input, p_request_hash, p_idempotency_key,
    p_project_id, null, now())
$$;
revoke all on function public.start_generation(public.generation_kind, jsonb, text, text, uuid) from public, anon;
grant execute on function public.start_generation(public.generation_kind, jsonb, text, text, uuid)
  to authenticated, service_role;

create or replace function public.delete_user_data()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Stages first (they reference their package), then everything else the user owned.
  delete from public.generations where owner_id = old.id and parent_id is not null;
  delete from public.generations where owner_id = old.id;
  delete from public.assets where owner_id = old.id;
  delete from public.ai_attempts where owner_id = old.id;
  delete from public.quota_ledger where owner_id = old.id;
  delete from public.quota_counters where owner_id = old.id;
  delete from public.projects where owner_id = old.id;
  delete from public.profiles where id = old.id;
  return old;
end;
$$;
revoke all on function public.delete_user_data() from public, anon, authenticated;

-- Databases that ran an earlier version of the storage migration had an owner read policy.
do $migration$
begin
  if to_regclass('storage.objects') is not null then
    drop policy if exists brand_assets_owner_read on storage.objects;
  end if;
end
$migration$;

revoke all on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema private to service_role;
