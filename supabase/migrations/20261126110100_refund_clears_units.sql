-- A refunded generation was charged nothing: its row (and so its envelope's usage.units) says 0,
-- not the units it had reserved. Rows refunded before this migration are corrected too.
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
  update public.generations set units = 0 where id = p_generation;
  return true;
end;
$$;

update public.generations g set units = 0
from public.quota_ledger l
where l.generation_id = g.id and l.state = 'refunded' and g.units <> 0;
