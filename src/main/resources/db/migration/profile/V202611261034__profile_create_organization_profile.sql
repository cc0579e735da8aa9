-- One compliance profile per organisation. There is no row until the organisation first saves its
-- profile; until then the application applies the defaults (general sector, headquarters in Japan).
create table profile_organization_profile (
    organization_id          uuid        primary key,
    large_company_with_board boolean     not null,
    listed                   boolean     not null,
    headquarters_country     text        not null check (headquarters_country ~ '^[A-Z]{2}$'),
    updated_at               timestamptz not null,
    updated_by               text        not null,
    version                  bigint      not null
);

create table profile_sector (
    organization_id uuid not null references profile_organization_profile (organization_id) on delete cascade,
    sector          text not null,
    primary key (organization_id, sector)
);

create table profile_internal_policy (
    organization_id  uuid    not null references profile_organization_profile (organization_id) on delete cascade,
    policy           text    not null,
    in_force         boolean not null,
    last_reviewed_on date,
    primary key (organization_id, policy)
);
