-- Shared provider health: the circuit breaker of shared/ai/circuit.ts as one atomic RPC per
-- outcome, so every isolate sees the same circuits. tests/provider_health_test.ts runs random
-- outcome sequences through both and requires identical states; change them together.

revoke all on table public.provider_health, public.ai_attempts from public, anon, authenticated;
grant select on table public.ai_attempts to authenticated;
grant all on table public.provider_health, public.ai_attempts to service_role;

create or replace function private.open_circuit(s public.provider_health, p_now timestamptz, p_cooldown_ms integer)
returns public.provider_health
language plpgsql
immutable
set search_path = ''
as $$
begin
  s.status := 'open';
  s.open_until := p_now + make_interval(secs => p_cooldown_ms / 1000.0);
  s.cooldown_ms := p_cooldown_ms;
  s.last_failure_at := p_now;
  s.probe_lease_until := null;
  return s;
end;
$$;

-- p_outcome: {"type": "success"} | {"type": "failure", "retryAfterMs"?: n} | {"type": "fatal"}
create or replace function private.record_provider_outcome(p_key text, p_outcome jsonb, p_now timestamptz)
returns public.provider_health
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- shared/ai/circuit.ts DEFAULT_CIRCUIT
  c_consecutive constant integer := 3;
  c_window constant interval := interval '60 seconds';
  c_min_calls constant integer := 5;
  c_ratio constant numeric := 0.5;
  c_base constant integer := 30000;
  c_max constant integer := 300000;
  c_fatal constant integer := 600000;
  v_type text := p_outcome ->> 'type';
  v_retry integer := coalesce((p_outcome ->> 'retryAfterMs')::numeric, 0)::integer;
  s public.provider_health;
begin
  insert into public.provider_health (key, window_start, cooldown_ms, updated_at)
  values (p_key, p_now, c_base, p_now)
  on conflict (key) do nothing;
  select * into s from public.provider_health where key = p_key for update;

  if s.status = 'open' then
    if s.open_until is not null and p_now < s.open_until then
      -- Stragglers from before the opening: note failures, never close early.
      if v_type = 'fatal' then
        s := private.open_circuit(s, p_now, c_fatal);
      elsif v_type = 'failure' then
        s.last_failure_at := p_now;
      end if;
    elsif v_type = 'success' then
      -- The probe's verdict: healthy again.
      s.status := 'closed';
      s.consecutive_failures := 0;
      s.window_start := p_now;
      s.window_calls := 0;
      s.window_failures := 0;
      s.open_until := null;
      s.cooldown_ms := c_base;
      s.last_failure_at := null;
      s.probe_lease_until := null;
    elsif v_type = 'fatal' then
      s := private.open_circuit(s, p_now, c_fatal);
    else
      s := private.open_circuit(s, p_now, least(greatest(least(s.cooldown_ms * 2, c_max), v_retry), c_max));
    end if;
  elsif v_type = 'fatal' then
    s := private.open_circuit(s, p_now, c_fatal);
  else
    if p_now - s.window_start >= c_window then
      s.window_start := p_now;
      s.window_calls := 0;
      s.window_failures := 0;
    end if;
    s.window_calls := s.window_calls + 1;
    if v_type = 'success' then
      s.consecutive_failures := 0;
    else
      s.consecutive_failures := s.consecutive_failures + 1;
      s.window_failures := s.window_failures + 1;
      s.last_failure_at := p_now;
      if s.consecutive_failures >= c_consecutive
         or (s.window_calls >= c_min_calls and s.window_failures::numeric / s.window_calls > c_ratio) then
        s := private.open_circuit(s, p_now, least(greatest(c_base, v_retry), c_max));
      end if;
    end if;
  end if;

  s.updated_at := p_now;
  update public.provider_health h set
    status = s.status, consecutive_failures = s.consecutive_failures, window_start = s.window_start,
    window_calls = s.window_calls, window_failures = s.window_failures, open_until = s.open_until,
    cooldown_ms = s.cooldown_ms, last_failure_at = s.last_failure_at,
    probe_lease_until = s.probe_lease_until, updated_at = s.updated_at
  where h.key = p_key;
  return s;
end;
$$;

-- The single half-open probe of an open circuit past its cooldown: a conditional update, so
-- of many concurrent callers exactly one gets true.
create or replace function private.claim_provider_probe(p_key text, p_lease_ms integer, p_now timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.provider_health
  set probe_lease_until = p_now + make_interval(secs => p_lease_ms / 1000.0), updated_at = p_now
  where key = p_key and status = 'open'
    and (open_until is null or p_now >= open_until)
    and (probe_lease_until is null or p_now >= probe_lease_until);
  return found;
end;
$$;

revoke all on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema private to service_role;
