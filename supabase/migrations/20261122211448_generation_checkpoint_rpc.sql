-- Saves a worker's checkpoint (submitted provider jobs, finished stages) while it holds the
-- lease, so a generation picked up again resumes instead of paying twice.
create or replace function private.save_checkpoint(p_id uuid, p_token uuid, p_checkpoint jsonb)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.generations set checkpoint = p_checkpoint
  where id = p_id and status = 'running' and lease_token = p_token;
  return found;
end;
$$;

revoke all on function private.save_checkpoint(uuid, uuid, jsonb) from public, anon, authenticated;
grant execute on function private.save_checkpoint(uuid, uuid, jsonb) to service_role;
