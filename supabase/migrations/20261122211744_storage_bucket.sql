-- Generated logos and brand kits: a private bucket; users may read only their own folder
-- (paths are <user id>/<generation or project id>/<file>). The functions write with a server
-- key and hand out signed URLs. Skipped where Supabase Storage is absent (PGlite, plain
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

  drop policy if exists brand_assets_owner_read on storage.objects;
  create policy brand_assets_owner_read on storage.objects
    for select to authenticated
    using (
      bucket_id = 'brand-assets'
      and (storage.foldername(name))[1] = (select auth.uid())::text
    );
end
$migration$;
