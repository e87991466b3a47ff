-- The three RPCs users reached through the functions — public.start_generation,
-- public.cancel_generation, public.account_usage — were SECURITY DEFINER functions that
-- `authenticated` could execute. The Data API exposes `public`, so any signed-in user could
-- call them at /rest/v1/rpc/… around the functions' validation (Supabase's linter:
-- authenticated_security_definer_function_executable). They are dropped: the functions call
-- private.start_generation, private.cancel_generation and private.account_usage as
-- service_role with the user id from the verified token. `private` is not exposed by the Data
-- API, and only service_role may execute its functions, so no SECURITY DEFINER function is
-- executable by anon or authenticated any more.
drop function public.start_generation(public.generation_kind, jsonb, text, text, uuid);
drop function public.cancel_generation(uuid);
drop function public.account_usage();
