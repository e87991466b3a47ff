-- Access to assets, the domain verdict cache and research overrides.
-- Users read their own assets (RLS); the other two are service_role's alone: no policy, no grant.
revoke all on table public.assets, public.domain_checks, public.research_overrides from public, anon, authenticated;
grant select on table public.assets to authenticated;
grant all on table public.assets, public.domain_checks, public.research_overrides to service_role;
