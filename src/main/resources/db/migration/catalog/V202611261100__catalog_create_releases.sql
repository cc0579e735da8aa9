-- Catalogue releases, stored as the YAML files they were read from. A release never changes once an
-- assessment may have used it; organisation_id is null for the releases that ship with Mekiki.
create table catalog_release (
    key             uuid        primary key,
    release_id      text        not null,
    organization_id uuid,
    published_on    date        not null,
    title_ja        text        not null,
    title_en        text        not null,
    item_count      int         not null,
    content_sha256  char(64)    not null,
    loaded_at       timestamptz not null,
    loaded_by       text        not null
);

create unique index catalog_release_id_per_owner
    on catalog_release (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), release_id);

create table catalog_release_file (
    release_key uuid not null references catalog_release (key) on delete cascade,
    file_name   text not null,
    content     text not null,
    primary key (release_key, file_name)
);

-- The release an organisation works with; without a row, the newest bundled release.
create table catalog_active_release (
    organization_id uuid primary key,
    release_key     uuid not null references catalog_release (key)
);
