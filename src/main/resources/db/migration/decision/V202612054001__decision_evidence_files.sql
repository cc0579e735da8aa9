-- Evidence uploaded with a request: the file is kept here, under the rules of report attachments, and
-- never changes once stored; the evidence entry of the decision names it with its SHA-256, size and
-- type, so that the request, the decision and the ledger record which exact file was decided on.
create table decision_evidence_file (
    id              uuid        primary key,
    organization_id uuid        not null,
    decision_id     uuid        not null references decision_decision (id) on delete cascade,
    file_name       text        not null check (length(file_name) between 1 and 255),
    media_type      text        not null,
    size            bigint      not null check (size > 0),
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       not null,
    uploaded_by     uuid        not null,
    uploaded_at     timestamptz not null
);

-- Read in slices when downloaded, as report attachments are.
alter table decision_evidence_file alter column content set storage external;

create index decision_evidence_file_decision on decision_evidence_file (organization_id, decision_id);

alter table decision_evidence
    add column file_id         uuid,
    add column file_name       text,
    add column file_media_type text,
    add column file_size       bigint,
    add column file_sha256     text check (file_sha256 ~ '^[0-9a-f]{64}$'),
    add check ((file_id is null) = (file_sha256 is null)),
    add check ((file_id is null) = (file_name is null and file_media_type is null and file_size is null));
