-- Contracts (利用申込み): one per initiative, made with the provider of the initiative's chosen candidate, with
-- the dates that follow from it, the terms-of-use document, the exit terms fixed before the end and the terms
-- review against internal policy (ADR 034).
create table contract (
    id                          uuid        primary key,
    organization_id             uuid        not null,
    initiative_id               uuid        not null,
    candidate_id                uuid        not null,
    provider_id                 uuid        not null,
    service_id                  uuid        not null,
    service_name                text        not null,
    title                       text        not null check (length(title) between 1 and 300),
    status                      text        not null check (status in ('DRAFT', 'IN_FORCE', 'ENDED')),
    contracting_entity          text        not null check (length(contracting_entity) between 1 and 200),
    plan                        text,
    terms_version               text,
    terms_date                  date,
    starts_on                   date        not null,
    initial_term_months         integer     not null check (initial_term_months between 1 and 120),
    auto_renewal                boolean     not null,
    renewal_term_months         integer     check (renewal_term_months between 1 and 120),
    our_notice_amount           integer     check (our_notice_amount between 0 and 730),
    our_notice_unit             text        check (our_notice_unit in ('DAYS', 'MONTHS')),
    provider_notice_amount      integer     check (provider_notice_amount between 0 and 730),
    provider_notice_unit        text        check (provider_notice_unit in ('DAYS', 'MONTHS')),
    change_notice_amount        integer     check (change_notice_amount between 0 and 730),
    change_notice_unit          text        check (change_notice_unit in ('DAYS', 'MONTHS')),
    governing_law               text,
    jurisdiction                text,
    data_locations              text        not null default '',
    price_amount                numeric(16, 2) check (price_amount >= 0),
    price_currency              text        check (price_currency ~ '^[A-Z]{3}$'),
    price_period                text        check (price_period in ('ONE_TIME', 'MONTH', 'YEAR')),
    deletion_method             text,
    deletion_proof              text        check (deletion_proof in ('CERTIFICATE', 'ALTERNATIVE')),
    deletion_proof_note         text,
    terms_document_name         text,
    terms_document_type         text,
    terms_document_size         bigint,
    terms_document_sha256       text,
    terms_document_at           timestamptz,
    terms_document_by           uuid,
    created_at                  timestamptz not null,
    created_by                  uuid        not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null,
    check ((auto_renewal and renewal_term_months is not null) or (not auto_renewal and renewal_term_months is null))
);

-- One contract per initiative.
create unique index contract_initiative on contract (organization_id, initiative_id);
create index contract_organization_status on contract (organization_id, status);

-- The data sets to be returned at the end (exit terms), in the order they were written.
create table contract_data_return (
    contract_id   uuid    not null references contract (id) on delete cascade,
    position      integer not null,
    what          text    not null check (length(what) between 1 and 500),
    format        text    not null check (length(format) between 1 and 200),
    method        text    not null check (length(method) between 1 and 200),
    days          integer not null check (days between 1 and 365),
    primary key (contract_id, position)
);

-- The terms document's content, apart from the contract row so that reading a contract does not read it.
create table contract_terms_document (
    contract_id uuid  primary key references contract (id) on delete cascade,
    content     bytea not null
);

-- The terms review: one answer per check item reviewed against this contract.
create table contract_terms_review (
    contract_id     uuid        not null references contract (id) on delete cascade,
    organization_id uuid        not null,
    item_id         text        not null,
    result          text        not null check (result in ('CONFORMS', 'DEVIATES', 'NOT_ADDRESSED')),
    clause          text,
    note            text,
    reason          text,
    mitigation      text,
    reviewed_at     timestamptz not null,
    reviewed_by     uuid        not null,
    reconfirmed_at  timestamptz,
    reconfirmed_by  uuid,
    primary key (contract_id, item_id),
    check (result = 'NOT_ADDRESSED' or clause is not null),
    check (result <> 'DEVIATES' or (reason is not null and mitigation is not null))
);
