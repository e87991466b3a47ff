-- The generation lifecycle: idempotent start with an atomic quota reservation, a leased
-- worker (claim, heartbeat, finish, fail), cancel, and the sweeper.
--
-- Two layers:
--   public.*  — what a signed-in user may call (through our functions, as `authenticated`):
--               start_generation, cancel_generation, account_usage. The user is auth.uid(),
--               the time is now(); neither can be chosen by the caller.
--   private.* — the same logic with the user and the time as parameters, plus the worker's
--               bookkeeping. Executable by service_role only; tests pass a time to cross day
--               and month boundaries. The private schema is not exposed by the Data API.
-- Every status change is a conditional update: an illegal transition changes nothing.

create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

revoke all on table public.generation_kinds, public.generations, public.quota_counters, public.quota_ledger
  from public, anon, authenticated;
grant select on table public.generation_kinds, public.generations, public.quota_counters, public.quota_ledger
  to authenticated;
grant all on table public.generation_kinds, public.generations, public.quota_counters, public.quota_ledger
  to service_role;

insert into public.generation_kinds (kind, units) values
  ('names', 1), ('domains', 1), ('colors', 1), ('taglines', 1), ('logos', 4), ('package', 10)
on conflict (kind) do nothing;

create trigger generations_touch_updated_at before update on public.generations
  for each row execute function public.touch_updated_at();

-- UTC windows of an instant, and when each resets.
create or replace function private.quota_windows(p_now timestamptz)
returns table (day_start date, month_start date, day_resets_at timestamptz, month_resets_at timestamptz)
language sql
immutable
set search_path = ''
as $$
  select d, m, (d + 1)::timestamp at time zone 'UTC', (m + interval '1 month')::timestamp at time zone 'UTC'
  from (select (p_now at time zone 'UTC')::date as d,
               date_trunc('month', p_now at time zone 'UTC')::date as m) w
$$;

-- The caller's plan, creating the profile (free plan) on first use.
create or replace function private.ensure_plan(p_user uuid)
returns public.plans
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_plan public.plans;
begin
  insert into public.profiles (id) values (p_user) on conflict (id) do nothing;
  select pl.* into v_plan
  from public.profiles pr join public.plans pl on pl.id = pr.plan_id
  where pr.id = p_user;
  return v_plan;
end;
$$;

-- Usage of one window, for answers and 429 details.
create or replace function private.window_usage(p_user uuid, p_window public.quota_period, p_start date,
  p_limit integer, p_resets_at timestamptz)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'window', p_window,
    'limit', p_limit,
    'used', coalesce(c.used, 0),
    'remaining', greatest(p_limit - coalesce(c.used, 0), 0),
    'resets_at', p_resets_at)
  from (select 1) one
  left join public.quota_counters c
    on c.owner_id = p_user and c.period = p_window and c.window_start = p_start
$$;

-- Adds p_units to one window when it fits under p_limit; false (and nothing written) otherwise.
-- ON CONFLICT DO UPDATE locks the row and re-checks the limit against the latest committed
-- value, so concurrent reservations can neither overshoot nor lose an update.
create or replace function private.try_reserve(p_user uuid, p_window public.quota_period, p_start date,
  p_units integer, p_limit integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.quota_counters as c (owner_id, period, window_start, used)
  select p_user, p_window, p_start, p_units
  where p_units <= p_limit
  on conflict (owner_id, period, window_start)
    do update set used = c.used + excluded.used
    where c.used + excluded.used <= p_limit;
  return found;
end;
$$;

-- Returns reserved units to the windows they were taken from, exactly once per generation.
create or replace function private.refund(p_generation uuid, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.quota_ledger;
begin
  update public.quota_ledger set state = 'refunded', settled_at = p_now
  where generation_id = p_generation and state = 'reserved'
  returning * into v;
  if not found then
    return false;
  end if;
  update public.quota_counters set used = used - v.units
  where owner_id = v.owner_id
    and ((period = 'day' and window_start = v.day_start) or (period = 'month' and window_start = v.month_start));
  return true;
end;
$$;

-- Start a generation: idempotency check, quota reservation in both windows, the queued row
-- and its ledger entry, in one transaction. Answers { outcome, generation?, quota? }:
--   created | replayed (finished, same key and body) | in_flight (same key, not finished)
--   | key_reused (same key, other body) | quota_exceeded | project_not_found
create or replace function private.start_generation(
  p_user uuid,
  p_kind public.generation_kind,
  p_input jsonb,
  p_request_hash text,
  p_idempotency_key text,
  p_project_id uuid,
  p_parent_id uuid,
  p_now timestamptz)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_plan public.plans;
  v_units integer;
  v_w record;
  v_existing public.generations;
  v_gen public.generations;
begin
  if p_user is null then
    raise exception 'no user' using errcode = '28000';
  end if;
  if p_project_id is not null
     and not exists (select 1 from public.projects where id = p_project_id and owner_id = p_user) then
    return jsonb_build_object('outcome', 'project_not_found');
  end if;
  if p_parent_id is not null
     and not exists (select 1 from public.generations where id = p_parent_id and owner_id = p_user) then
    return jsonb_build_object('outcome', 'parent_not_found');
  end if;

  if p_idempotency_key is not null then
    -- Same user and key wait for each other here, so exactly one of them creates.
    perform pg_advisory_xact_lock(hashtextextended(p_user::text || '/' || p_idempotency_key, 0));
    select * into v_existing from public.generations
    where owner_id = p_user and idempotency_key = p_idempotency_key;
    if found then
      if v_existing.idempotency_expires_at <= p_now then
        update public.generations set idempotency_key = null where id = v_existing.id;
      elsif v_existing.request_hash is distinct from p_request_hash then
        return jsonb_build_object('outcome', 'key_reused', 'generation', to_jsonb(v_existing));
      elsif v_existing.status in ('queued', 'running') then
        return jsonb_build_object('outcome', 'in_flight', 'generation', to_jsonb(v_existing));
      else
        return jsonb_build_object('outcome', 'replayed', 'generation', to_jsonb(v_existing));
      end if;
    end if;
  end if;

  v_plan := private.ensure_plan(p_user);
  select units into strict v_units from public.generation_kinds where kind = p_kind;
  select * into v_w from private.quota_windows(p_now);

  -- Children of a package were paid for by the package.
  if p_parent_id is null then
    begin
      if not private.try_reserve(p_user, 'day', v_w.day_start, v_units, v_plan.daily_units) then
        raise exception using errcode = 'P0001', message = 'day';
      end if;
      if not private.try_reserve(p_user, 'month', v_w.month_start, v_units, v_plan.monthly_units) then
        raise exception using errcode = 'P0001', message = 'month';
      end if;
    exception when sqlstate 'P0001' then
      -- The sub-transaction rolled back whatever was reserved: nothing changed.
      return jsonb_build_object('outcome', 'quota_exceeded', 'units', v_units, 'quota',
        case sqlerrm
          when 'day' then private.window_usage(p_user, 'day', v_w.day_start, v_plan.daily_units, v_w.day_resets_at)
          else private.window_usage(p_user, 'month', v_w.month_start, v_plan.monthly_units, v_w.month_resets_at)
        end);
    end;
  end if;

  insert into public.generations (owner_id, project_id, parent_id, kind, status, input, units,
    idempotency_key, request_hash, idempotency_expires_at, created_at, updated_at)
  values (p_user, p_project_id, p_parent_id, p_kind, 'queued', p_input,
    case when p_parent_id is null then v_units else 0 end,
    p_idempotency_key, p_request_hash,
    case when p_idempotency_key is not null then p_now + interval '24 hours' end, p_now, p_now)
  returning * into v_gen;

  if p_parent_id is null then
    insert into public.quota_ledger (generation_id, owner_id, units, day_start, month_start, created_at)
    values (v_gen.id, p_user, v_units, v_w.day_start, v_w.month_start, p_now);
  end if;
  return jsonb_build_object('outcome', 'created', 'generation', to_jsonb(v_gen));
end;
$$;

-- Takes the lease of a queued generation (or of a running one whose lease ran out).
-- Returns the new lease token, or null when the generation is not claimable.
create or replace function private.claim_generation(p_id uuid, p_lease interval, p_now timestamptz)
returns uuid
language sql
security definer
set search_path = ''
as $$
  update public.generations
  set status = 'running', lease_token = gen_random_uuid(), lease_expires_at = p_now + p_lease,
      attempts = attempts + 1, started_at = coalesce(started_at, p_now)
  where id = p_id
    and (status = 'queued' or (status = 'running' and lease_expires_at <= p_now))
  returning lease_token
$$;

-- Extends the lease and records progress; false when the lease is no longer ours (expired
-- and taken, canceled, finished), which tells the worker to stop.
create or replace function private.heartbeat_generation(p_id uuid, p_token uuid, p_lease interval,
  p_progress jsonb, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.generations
  set lease_expires_at = p_now + p_lease, progress = coalesce(p_progress, progress)
  where id = p_id and status = 'running' and lease_token = p_token;
  return found;
end;
$$;

-- running → succeeded with the output; the reservation is committed.
create or replace function private.finish_generation(p_id uuid, p_token uuid, p_output jsonb, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.generations
  set status = 'succeeded', output = p_output, finished_at = p_now, lease_token = null,
      lease_expires_at = null
  where id = p_id and status = 'running' and lease_token = p_token;
  if not found then
    return false;
  end if;
  update public.quota_ledger set state = 'committed', settled_at = p_now
  where generation_id = p_id and state = 'reserved';
  return true;
end;
$$;

-- queued/running → failed with the error; the reservation is refunded (once).
-- A worker passes its lease token; the sweeper passes null and only fails expired leases.
create or replace function private.fail_generation(p_id uuid, p_token uuid, p_error jsonb, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.generations
  set status = 'failed', error = p_error, finished_at = p_now, lease_token = null, lease_expires_at = null
  where id = p_id
    and ((status = 'running' and lease_token = p_token) or (status = 'queued' and p_token is null));
  if not found then
    return false;
  end if;
  perform private.refund(p_id, p_now);
  return true;
end;
$$;

-- queued/running → canceled, refunding what was reserved; a package's unfinished children
-- are canceled with it. Returns the generation (as it is now), or null if not the user's.
create or replace function private.cancel_generation(p_user uuid, p_id uuid, p_now timestamptz)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_gen public.generations;
begin
  update public.generations
  set status = 'canceled', finished_at = p_now, lease_token = null, lease_expires_at = null,
      error = jsonb_build_object('code', 'canceled', 'message', 'canceled by the user')
  where owner_id = p_user and status in ('queued', 'running')
    and (id = p_id or parent_id = p_id);
  perform private.refund(p_id, p_now);
  select * into v_gen from public.generations where id = p_id and owner_id = p_user;
  return case when found then to_jsonb(v_gen) end;
end;
$$;

-- Fails and refunds generations whose worker is gone: running with an expired lease, or
-- queued and never claimed for p_queued_timeout. Returns how many it failed.
create or replace function private.sweep_generations(p_now timestamptz, p_queued_timeout interval)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id uuid;
  v_count integer := 0;
begin
  for v_id in
    select id from public.generations
    where (status = 'running' and lease_expires_at <= p_now)
       or (status = 'queued' and created_at <= p_now - p_queued_timeout)
    order by created_at
    for update skip locked
  loop
    update public.generations
    set status = 'failed', finished_at = p_now, lease_token = null, lease_expires_at = null,
        error = jsonb_build_object('code', 'worker_lost', 'message', 'the generation stopped before finishing; its units were refunded')
    where id = v_id and status in ('queued', 'running');
    perform private.refund(v_id, p_now);
    v_count := v_count + 1;
  end loop;
  return v_count;
end;
$$;

-- Forgets idempotency keys past their 24 h and drops counters of long-gone windows.
create or replace function private.purge_expired(p_now timestamptz)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_keys integer;
  v_counters integer;
begin
  update public.generations set idempotency_key = null, request_hash = null
  where idempotency_key is not null and idempotency_expires_at <= p_now;
  get diagnostics v_keys = row_count;
  delete from public.quota_counters
  where window_start < (date_trunc('month', p_now at time zone 'UTC') - interval '12 months')::date;
  get diagnostics v_counters = row_count;
  return jsonb_build_object('idempotency_keys', v_keys, 'quota_counters', v_counters);
end;
$$;

-- The caller's plan and both windows.
create or replace function private.account_usage(p_user uuid, p_now timestamptz)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_plan public.plans;
  v_w record;
begin
  v_plan := private.ensure_plan(p_user);
  select * into v_w from private.quota_windows(p_now);
  return jsonb_build_object(
    'plan', v_plan.id,
    'windows', jsonb_build_array(
      private.window_usage(p_user, 'day', v_w.day_start, v_plan.daily_units, v_w.day_resets_at),
      private.window_usage(p_user, 'month', v_w.month_start, v_plan.monthly_units, v_w.month_resets_at)));
end;
$$;

-- What users may call: themselves, now.
create or replace function public.start_generation(
  p_kind public.generation_kind,
  p_input jsonb,
  p_request_hash text,
  p_idempotency_key text default null,
  p_project_id uuid default null,
  p_parent_id uuid default null)
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.start_generation(auth.uid(), p_kind, p_input, p_request_hash, p_idempotency_key,
    p_project_id, p_parent_id, now())
$$;

create or replace function public.cancel_generation(p_id uuid)
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.cancel_generation(auth.uid(), p_id, now())
$$;

create or replace function public.account_usage()
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.account_usage(auth.uid(), now())
$$;

-- Grants: nothing by default (Supabase grants new functions to anon and authenticated),
-- then exactly who needs what.
revoke all on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema private to service_role;

revoke all on function public.start_generation(public.generation_kind, jsonb, text, text, uuid, uuid),
  public.cancel_generation(uuid), public.account_usage() from public, anon;
grant execute on function public.start_generation(public.generation_kind, jsonb, text, text, uuid, uuid),
  public.cancel_generation(uuid), public.account_usage() to authenticated, service_role;
