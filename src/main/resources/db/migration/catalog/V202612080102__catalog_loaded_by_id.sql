-- People by user id (ADR 026): who uploaded a catalogue release is kept as the user's id beside the name as
-- written then ("name <e-mail>"), which stays what a release shows when no user of its organisation matches.
-- Bundled releases (no organisation, loaded by "Mekiki") keep no id.
alter table catalog_release add column loaded_by_id uuid;

update catalog_release r
   set loaded_by_id = u.id
  from identity_user_account u
 where r.organization_id is not null
   and u.organization_id = r.organization_id
   and lower(u.email) = lower(substring(r.loaded_by from '<([^<>]+)>\s*$'));

do $$
declare
    unmatched record;
begin
    for unmatched in
        select release_id, organization_id, loaded_by from catalog_release
         where organization_id is not null and loaded_by_id is null
    loop
        raise notice 'people by user id: catalogue release % of % keeps "%" as written (no user of its organisation has that address)',
            unmatched.release_id, unmatched.organization_id, unmatched.loaded_by;
    end loop;
end
$$;
