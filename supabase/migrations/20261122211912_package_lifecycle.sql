-- Packages: one reservation (the package's units) pays for its child stages (0 units each).
-- A canceled package keeps only the units of the stage kinds that finished and refunds the
-- rest; a package whose worker died is resumed from its checkpoint by the cron function
-- (up to p_max_attempts claims) instead of being failed by the sweeper.

-- Keeps p_keep of a reservation (committed) and refunds the rest, once.
create or replace function private.settle_partially(p_generation uuid, p_keep integer, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.quota_ledger;
  v_keep integer;
begin
  select * into v from public.quota_ledger where generation_id = p_generation and state = 'reserved' for update;
  if not found then
    return false;
  end if;
  v_keep := least(greatest(p_keep, 0), v.units);
  update public.quota_ledger
  set units = v_keep, settled_at = p_now,
      state = (case when v_keep = 0 then 'refunded' else 'committed' end)::public.ledger_state
  where generation_id = p_generation;
  update public.quota_counters set used = used - (v.units - v_keep)
  where owner_id = v.owner_id
    and ((period = 'day' and window_start = v.day_start) or (period = 'month' and window_start = v.month_start));
  update public.generations set units = v_keep where id = p_generation;
  return true;
end;
$$;

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
  update public.generations
  set status = 'canceled', finished_at = p_now, lease_token = null, lease_expires_at = null,
      error = jsonb_build_object('code', 'canceled', 'message', 'canceled by the user')
  where owner_id = p_user and status in ('queued', 'running')
    and (id = p_id or parent_id = p_id);

  select * into v_gen from public.generations where id = p_id and owner_id = p_user;
  if not found then
    return null;
  end if;
  if v_gen.kind = 'package' then
    -- What ran is paid for; what did not is refunded.
    select coalesce(sum(k.units), 0) into v_keep
    from public.generations c join public.generation_kinds k on k.kind = c.kind
    where c.parent_id = p_id and c.status = 'succeeded';
    perform private.settle_partially(p_id, v_keep, p_now);
  else
    perform private.refund(p_id, p_now);
  end if;
  select * into v_gen from public.generations where id = p_id;
  return to_jsonb(v_gen);
end;
$$;

-- Packages whose lease ran out and that may be resumed (attempts below the limit).
create or replace function private.resumable_packages(p_now timestamptz, p_max_attempts integer)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select id from public.generations
  where kind = 'package' and status = 'running' and lease_expires_at <= p_now and attempts < p_max_attempts
  order by lease_expires_at
$$;

create or replace function private.sweep_generations(p_now timestamptz, p_queued_timeout interval,
  p_max_package_attempts integer default 0)
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
    where ((status = 'running' and lease_expires_at <= p_now)
           or (status = 'queued' and created_at <= p_now - p_queued_timeout))
      -- Resumable packages are the cron function's to pick up, not to fail.
      and not (kind = 'package' and status = 'running' and attempts < p_max_package_attempts)
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
drop function if exists private.sweep_generations(timestamptz, interval);

revoke all on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema private to service_role;
