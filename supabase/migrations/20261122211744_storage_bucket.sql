-- Generated logos and brand kits: a private bucket with no policy for users at all. The
-- functions write with a server key and hand out signed URLs of finished outputs only, so the
-- files of a canceled or failed generation are never reachable (paths are
-- <user id>/<generation or project id>/<file>). Skipped where Supabase Storage is absent (PGlite, plain
-- PostgreSQL), where the local stack's directory backend is used instead.
do $migration$
begin
  if to_regclass('storage.buckets') is null or to_regclass('storage.objects') is null then
    raise notice 'no storage schema: brand-assets bucket skipped';
    return;
  end if;

  insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
  values ('brand-assets', 'brand-assets', false, 20971520,
          array['image/svg+xml', 'image/png', 'application/zip'])
  on conflict (id) do update
    set public = false,
        file_size_limit = excluded.file_size_limit,
        allowed_mime_types = excluded.allowed_mime_types;

end
$migration$;
