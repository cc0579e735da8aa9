-- What an attestation report covers and expects (issue 13): the date of the report, the services its scope
-- names (none named: the provider as a whole), the bridge letters that carry it past the end of its period,
-- the exceptions the auditor noted with our response, and the complementary user-entity controls (CUECs) it
-- expects from us, each mapped to a person of the organisation or a named control of ours.
alter table provider_attestation add column report_date date;

create table provider_attestation_service (
    attestation_id uuid not null references provider_attestation (id) on delete cascade,
    service_id     uuid not null references provider_service (id) on delete cascade,
    primary key (attestation_id, service_id)
);

create index provider_attestation_service_service on provider_attestation_service (service_id);

create table provider_bridge_letter (
    id              uuid        primary key,
    organization_id uuid        not null,
    attestation_id  uuid        not null references provider_attestation (id) on delete cascade,
    covers_until    date        not null,
    issued_on       date,
    created_at      timestamptz not null
);

create index provider_bridge_letter_attestation on provider_bridge_letter (attestation_id);

create table provider_report_exception (
    id              uuid        primary key,
    organization_id uuid        not null,
    attestation_id  uuid        not null references provider_attestation (id) on delete cascade,
    control         text        not null check (length(control) between 1 and 200),
    description     text        not null check (length(description) between 1 and 4000),
    response        text        check (length(response) between 1 and 4000),
    created_at      timestamptz not null
);

create index provider_report_exception_attestation on provider_report_exception (attestation_id);

create table provider_user_entity_control (
    id              uuid        primary key,
    organization_id uuid        not null,
    attestation_id  uuid        not null references provider_attestation (id) on delete cascade,
    control         text        not null check (length(control) between 1 and 4000),
    person_id       uuid,
    our_control     text        check (length(our_control) between 1 and 200),
    created_at      timestamptz not null
);

create index provider_user_entity_control_attestation on provider_user_entity_control (attestation_id);

-- The days before an attestation's end at which the organisation is told (none: the defaults 90, 30, 7).
create table provider_attestation_notice_setting (
    organization_id uuid        primary key,
    offsets_days    integer[]   not null,
    updated_at      timestamptz not null
);

-- The lapses already told to the other modules: one per attestation and end of period, so that a revised
-- end lapses again and a sweep repeated on the same day tells nothing twice.
create table provider_attestation_lapse (
    attestation_id  uuid        not null references provider_attestation (id) on delete cascade,
    period_end      date        not null,
    organization_id uuid        not null,
    lapsed_at       timestamptz not null,
    primary key (attestation_id, period_end)
);
