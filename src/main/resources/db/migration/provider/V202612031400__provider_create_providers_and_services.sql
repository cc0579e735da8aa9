-- Cloud providers with their attestations, subprocessors and contacts, and the services they offer. The
-- facts a service's scoping rests on (countries of data, operation, provider, parent, contracting entity
-- and subprocessors) are columns, not free text, so that they can be read without interpretation.
create table provider_provider (
    id                   uuid        primary key,
    organization_id      uuid        not null,
    legal_name           text        not null check (length(legal_name) between 1 and 200),
    headquarters_country text        not null check (headquarters_country ~ '^[A-Z]{2}$'),
    parent_name          text,
    parent_country       text        check (parent_country ~ '^[A-Z]{2}$'),
    japanese_entity_name text,
    corporate_number     text        check (corporate_number ~ '^[0-9]{13}$'),
    listed               boolean     not null,
    capital_jpy          bigint      check (capital_jpy >= 0),
    founded              text        check (founded ~ '^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$'),
    notes                text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null
);

create unique index provider_provider_name on provider_provider (organization_id, lower(legal_name));

create table provider_attestation (
    id              uuid        primary key,
    organization_id uuid        not null,
    provider_id     uuid        not null references provider_provider (id),
    kind            text        not null,
    title           text,
    scope           text,
    issuer          text,
    period_start    date,
    period_end      date,
    document_name   text        check (length(document_name) between 1 and 255),
    document_type   text,
    document_size   bigint      check (document_size > 0),
    document_sha256 text        check (document_sha256 ~ '^[0-9a-f]{64}$'),
    document        bytea,
    created_at      timestamptz not null,
    check (period_end is null or period_start is null or period_end >= period_start),
    check ((document is null) = (document_sha256 is null))
);

-- as report attachments: downloaded in slices, already compressed formats
alter table provider_attestation alter column document set storage external;

create index provider_attestation_provider on provider_attestation (provider_id);
create index provider_attestation_due on provider_attestation (organization_id, period_end);

create table provider_subprocessor (
    id              uuid        primary key,
    organization_id uuid        not null,
    provider_id     uuid        not null references provider_provider (id),
    name            text        not null check (length(name) between 1 and 200),
    country         text        not null check (country ~ '^[A-Z]{2}$'),
    function        text,
    created_at      timestamptz not null
);

create index provider_subprocessor_provider on provider_subprocessor (provider_id);

create table provider_contact (
    id              uuid        primary key,
    organization_id uuid        not null,
    provider_id     uuid        not null references provider_provider (id),
    name            text        not null check (length(name) between 1 and 200),
    email           text,
    role            text,
    created_at      timestamptz not null
);

create index provider_contact_provider on provider_contact (provider_id);

create table provider_service (
    id                         uuid        primary key,
    organization_id            uuid        not null,
    provider_id                uuid        not null references provider_provider (id),
    name                       text        not null check (length(name) between 1 and 200),
    service_model              text        not null,
    deployment                 text,
    data_locations             text[]      not null,
    customer_chooses_location  boolean     not null,
    operation_locations        text[]      not null,
    contracting_entity_name    text,
    contracting_entity_country text        check (contracting_entity_country ~ '^[A-Z]{2}$'),
    governing_law              text,
    jurisdiction               text,
    availability_percent       numeric(6, 3) check (availability_percent between 0 and 100),
    service_credits            text,
    support_hours              text,
    export_formats             text[]      not null,
    deletion_method            text,
    deletion_certificate       boolean     not null,
    change_notice_days         int         check (change_notice_days >= 0),
    termination_notice_days    int         check (termination_notice_days >= 0),
    secondary_use              text,
    incident_notification      text,
    audit_cooperation          text,
    ai_features                text,
    trains_on_customer_data    boolean,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    bigint      not null
);

create unique index provider_service_name on provider_service (provider_id, lower(name));
create index provider_service_organization on provider_service (organization_id);
