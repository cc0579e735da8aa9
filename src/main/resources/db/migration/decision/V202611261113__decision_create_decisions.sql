-- Executive decisions: a request with a proposal, options and evidence, decided once by an executive who
-- is not the requester. The basis is kept as the exact canonical JSON text that was hashed (not jsonb,
-- which would reorder keys and break the hash).
create table decision_decision (
    id                uuid        primary key,
    organization_id   uuid        not null,
    subject_type      text        not null check (subject_type ~ '^[A-Z][A-Z0-9_]{0,49}$'),
    subject_id        uuid        not null,
    topic             text        not null check (length(topic) between 1 and 100),
    title             text        not null check (length(title) between 1 and 200),
    proposal          text        not null,
    requested_by      uuid        not null,
    requested_by_name text        not null,
    requested_at      timestamptz not null,
    status            text        not null check (status in ('REQUESTED', 'DECIDED')),
    outcome           text        check (outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED', 'RETURNED')),
    rationale         text,
    decided_by        uuid,
    decided_by_name   text,
    decided_at        timestamptz,
    basis_json        text        not null,
    basis_hash        text        not null check (basis_hash ~ '^[0-9a-f]{64}$'),
    stale_since       timestamptz,
    version           bigint      not null,
    check ((status = 'REQUESTED') = (outcome is null)),
    check ((status = 'DECIDED') = (decided_by is not null and decided_at is not null and rationale is not null)),
    check (stale_since is null or outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS'))
);

-- At most one open request per subject and topic.
create unique index decision_decision_one_open
    on decision_decision (organization_id, subject_type, subject_id, topic)
    where status = 'REQUESTED';

create index decision_decision_subject on decision_decision (organization_id, subject_type, subject_id);
create index decision_decision_requested on decision_decision (organization_id, requested_at desc);

create table decision_option (
    decision_id uuid    not null references decision_decision (id) on delete cascade,
    position    integer not null,
    text        text    not null,
    primary key (decision_id, position)
);

create table decision_evidence (
    decision_id uuid    not null references decision_decision (id) on delete cascade,
    position    integer not null,
    kind        text    not null,
    reference   text    not null,
    label       text    not null,
    primary key (decision_id, position)
);

-- Follow-up items of an approval with conditions.
create table decision_condition (
    decision_id   uuid        not null references decision_decision (id) on delete cascade,
    position      integer     not null,
    condition_id  uuid        not null unique,
    text          text        not null,
    done          boolean     not null,
    done_by       uuid,
    done_by_name  text,
    done_at       timestamptz,
    primary key (decision_id, position)
);
