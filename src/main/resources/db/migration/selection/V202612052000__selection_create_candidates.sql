-- Candidates (候補): the services an initiative considers in preparation and selection, each with the
-- scoping computed from the initiative's assets, the organisation's profile and the service's own facts.
create table selection_candidate (
    id               uuid        primary key,
    organization_id  uuid        not null,
    initiative_id    uuid        not null,
    service_id       uuid        not null,
    service_name     text        not null,
    added_at         timestamptz not null,
    added_by         text        not null,
    withdrawn_at     timestamptz,
    withdrawn_by     text,
    withdraw_reason  text,
    facts            text        not null,
    scoping          text        not null,
    scoping_hash     text        not null,
    scoped_at        timestamptz not null,
    version          bigint      not null
);

-- a service is a candidate of an initiative once at a time
create unique index selection_candidate_service_once on selection_candidate (initiative_id, service_id)
    where withdrawn_at is null;
create index selection_candidate_initiative on selection_candidate (organization_id, initiative_id);
create index selection_candidate_service on selection_candidate (organization_id, service_id);

create table selection_candidate_scoping_change (
    id              uuid        primary key,
    organization_id uuid        not null,
    candidate_id    uuid        not null references selection_candidate (id) on delete cascade,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    change          text        not null
);

create index selection_candidate_scoping_change_candidate
    on selection_candidate_scoping_change (candidate_id, changed_at desc);
