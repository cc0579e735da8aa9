-- Exits (サービス利用の終了, ADR 040): one per initiative, started when the executive decides to end the use, from
-- the provider's termination notice, or by hand; its plan (data sets to return, deletion method and proof) is
-- prefilled from the contract's exit terms; data returns and deletion evidence are kept with their history.
create table exit_process (
    id                   uuid        primary key,
    organization_id      uuid        not null,
    initiative_id        uuid        not null,
    contract_id          uuid        not null,
    title                text        not null check (length(title) between 1 and 300),
    origin               text        not null check (origin in ('DECISION', 'PROVIDER_NOTICE', 'BY_HAND')),
    notice_received_on   date,
    notice_effective_on  date,
    ends_on              date        not null,
    deletion_method      text        check (length(deletion_method) <= 2000),
    deletion_proof       text        check (deletion_proof in ('CERTIFICATE', 'ALTERNATIVE')),
    started_by           uuid        not null,
    started_by_name      text        not null,
    started_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null,
    check ((notice_received_on is null) = (notice_effective_on is null)),
    check (notice_effective_on is null or notice_effective_on >= notice_received_on)
);

-- One exit per initiative.
create unique index exit_process_initiative on exit_process (organization_id, initiative_id);

-- The data sets the plan expects back, in the order written; a data set with returns is never removed.
create table exit_data_set (
    id            uuid    primary key,
    exit_id       uuid    not null references exit_process (id),
    position      integer not null,
    what          text    not null check (length(what) between 1 and 500),
    format        text    not null check (length(format) between 1 and 200),
    method        text    not null check (length(method) between 1 and 200),
    deadline      date    not null,
    checker_id    uuid    not null,
    checker_name  text    not null
);

create index exit_data_set_exit on exit_data_set (exit_id, position);

-- What was received for a data set and the risk officer's completeness check. Append-only: a corrected return is
-- a new row, the incomplete one stays (the latest row per data set is the one that counts).
create table exit_data_return (
    id              uuid        primary key,
    exit_id         uuid        not null references exit_process (id),
    data_set_id     uuid        not null references exit_data_set (id),
    received_on     date        not null,
    size_bytes      bigint      check (size_bytes >= 0),
    record_count    bigint      check (record_count >= 0),
    expected_count  bigint      check (expected_count >= 0),
    checksum        text        check (length(checksum) <= 200),
    expected        text        check (length(expected) <= 2000),
    complete        boolean     not null,
    missing         text        check (length(missing) <= 2000),
    checked_by      uuid        not null,
    checked_by_name text        not null,
    recorded_at     timestamptz not null,
    check (complete or missing is not null)
);

create index exit_data_return_set on exit_data_return (data_set_id, recorded_at);

-- Evidence that the provider deleted our data: its certificate (a checked file, ADR 025), or an alternative
-- (written confirmation, account closure, the provider's published deletion process) with the risk officer's
-- assessment of why it is adequate. Append-only; the latest counts.
create table exit_deletion_evidence (
    id                    uuid        primary key,
    exit_id               uuid        not null references exit_process (id),
    kind                  text        not null check (kind in ('CERTIFICATE', 'ALTERNATIVE')),
    file_name             text,
    file_type             text,
    file_size             bigint,
    file_sha256           text,
    content               bytea,
    written_confirmation  text        check (length(written_confirmation) <= 2000),
    account_closure       text        check (length(account_closure) <= 2000),
    published_process     text        check (length(published_process) <= 2000),
    assessment            text        check (length(assessment) <= 10000),
    recorded_by           uuid        not null,
    recorded_by_name      text        not null,
    recorded_at           timestamptz not null,
    check (kind <> 'CERTIFICATE' or (file_sha256 is not null and content is not null)),
    check (kind <> 'ALTERNATIVE' or assessment is not null)
);

create index exit_deletion_evidence_exit on exit_deletion_evidence (exit_id, recorded_at);

create function exit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'exit returns and deletion evidence are never changed or deleted';
end $$;

create trigger exit_data_return_append_only before update or delete on exit_data_return
    for each row execute function exit_append_only();
create trigger exit_deletion_evidence_append_only before update or delete on exit_deletion_evidence
    for each row execute function exit_append_only();
