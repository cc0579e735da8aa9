-- Initiatives (導入案件): one intended use of a cloud service each, with its plan, the scoping computed
-- from it (kept as canonical JSON with the catalogue release used) and its place in the life cycle.
create table initiative_initiative (
    id                    uuid        primary key,
    organization_id       uuid        not null,
    title                 text        not null check (length(title) between 1 and 200),
    business_owner_id     uuid        not null,
    purpose               text        not null,
    benefits              text        not null,
    service_model         text        check (service_model in ('IAAS', 'PAAS', 'SAAS')),
    deployment            text        check (deployment in ('PUBLIC', 'PRIVATE', 'HYBRID')),
    provider_headquarters text        check (provider_headquarters ~ '^[A-Z]{2}$'),
    phase                 text        not null check (phase in ('PREPARATION', 'SELECTION', 'APPLICATION',
                                          'OPERATION', 'CONTINUATION_TERMINATION', 'CLOSED')),
    branch                text        check (branch in ('CONTINUE', 'TERMINATE')),
    year                  integer     not null check (year >= 0),
    year_started_at       timestamptz,
    phase_entered_at      timestamptz not null,
    scoping_release       text        not null,
    scoping_json          text        not null,
    created_at            timestamptz not null,
    created_by            text        not null,
    updated_at            timestamptz not null,
    version               bigint      not null,
    check (phase <> 'CLOSED' or branch = 'TERMINATE')
);

create index initiative_initiative_organization on initiative_initiative (organization_id, phase);

-- The assets in scope, with their categories as the last scoping saw them (sorted names, comma-separated).
create table initiative_asset (
    initiative_id uuid not null references initiative_initiative (id) on delete cascade,
    asset_id      uuid not null,
    categories    text not null,
    primary key (initiative_id, asset_id)
);

create index initiative_asset_asset on initiative_asset (asset_id);

create table initiative_data_location (
    initiative_id uuid not null references initiative_initiative (id) on delete cascade,
    country       text not null check (country ~ '^[A-Z]{2}$'),
    primary key (initiative_id, country)
);

-- The catalogue sections the current scoping includes, for lists that filter by section.
create table initiative_section (
    initiative_id uuid not null references initiative_initiative (id) on delete cascade,
    section       text not null,
    primary key (initiative_id, section)
);

create table initiative_kpi (
    initiative_id uuid    not null references initiative_initiative (id) on delete cascade,
    position      integer not null,
    kpi_id        uuid    not null unique,
    name          text    not null check (length(name) between 1 and 200),
    unit          text    not null,
    baseline      numeric,
    target        numeric,
    primary key (initiative_id, position)
);

create table initiative_measurement (
    initiative_id  uuid        not null references initiative_initiative (id) on delete cascade,
    position       integer     not null,
    measurement_id uuid        not null unique,
    kpi_id         uuid        not null,
    measured_on    date        not null,
    value          numeric     not null,
    note           text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    primary key (initiative_id, position)
);

-- Every computation of an initiative's scoping after the first, and the first: what changed and why.
-- Appended to, never changed.
create table initiative_scoping_change (
    id              uuid        primary key,
    organization_id uuid        not null,
    initiative_id   uuid        not null references initiative_initiative (id) on delete cascade,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    release_before  text        not null,
    release_after   text        not null,
    change          text        not null
);

create index initiative_scoping_change_initiative on initiative_scoping_change (initiative_id, changed_at desc);
