-- People by user id (ADR 026): who last saved the organisation's profile is kept as the user's id beside the
-- name as written then ("name <e-mail>"), which stays what the profile shows when no user matches.
alter table profile_organization_profile add column updated_by_id uuid;

update profile_organization_profile p
   set updated_by_id = u.id
  from identity_user_account u
 where u.organization_id = p.organization_id
   and lower(u.email) = lower(substring(p.updated_by from '<([^<>]+)>\s*$'));

do $$
declare
    unmatched record;
begin
    for unmatched in
        select organization_id, updated_by from profile_organization_profile where updated_by_id is null
    loop
        raise notice 'people by user id: the profile of % keeps "%" as written (no user of its organisation has that address)',
            unmatched.organization_id, unmatched.updated_by;
    end loop;
end
$$;
