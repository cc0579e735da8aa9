-- The rule set of the scoping engine a release is written for (release.yaml scopingRules; 1 when absent).
alter table catalog_release add column scoping_rules int not null default 1;

-- Every organisation that exists now keeps the release it works with (the newest bundled one, as long as it
-- has no row): a newer bundled release must not move it without an administrator's switch. New
-- organisations get their row when they are created (CatalogReleases.pinNewest).
insert into catalog_active_release (organization_id, release_key)
select o.id, newest.key
from identity_organization o
cross join lateral (
    select key from catalog_release where organization_id is null
    order by published_on desc, loaded_at desc limit 1) newest
where not exists (select 1 from catalog_active_release a where a.organization_id = o.id);
