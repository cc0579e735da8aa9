-- Instructions of executives, the reports of their assignees with attachments, and the executives'
-- reviews. Reports, attachments and reviews are only ever added: the history of an instruction stays whole.
create table instruction_instruction (
    id              uuid        primary key,
    organization_id uuid        not null,
    subject_type    text        not null check (subject_type ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    subject_id      uuid        not null,
    phase           text        not null
        check (phase in ('PREPARATION', 'SELECTION', 'APPLICATION', 'OPERATION', 'CONTINUATION_TERMINATION')),
    gate_topic      text,
    check_item_ids  text[]      not null,
    title           text        not null check (length(title) between 1 and 200),
    description     text        not null,
    assignee_id     uuid        not null,
    issued_by       uuid        not null,
    issued_at       timestamptz not null,
    due_date        date        not null,
    status          text        not null check (status in ('OPEN', 'REPORTED', 'ACCEPTED')),
    template_code   text,
    version         bigint      not null
);

create index instruction_instruction_subject on instruction_instruction (organization_id, subject_type, subject_id);
create index instruction_instruction_assignee on instruction_instruction (organization_id, assignee_id);
create index instruction_instruction_issuer on instruction_instruction (organization_id, issued_by);
create index instruction_instruction_due on instruction_instruction (organization_id, status, due_date);

create table instruction_report (
    id             uuid        primary key,
    instruction_id uuid        not null references instruction_instruction (id),
    text           text        not null,
    submitted_by   uuid        not null,
    submitted_at   timestamptz not null
);

create index instruction_report_instruction on instruction_report (instruction_id, submitted_at);

create table instruction_attachment (
    id              uuid        primary key,
    organization_id uuid        not null,
    report_id       uuid        not null references instruction_report (id),
    position        int         not null,
    file_name       text        not null check (length(file_name) between 1 and 255),
    media_type      text        not null,
    size            bigint      not null check (size > 0),
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       not null,
    created_at      timestamptz not null,
    unique (report_id, position)
);

create table instruction_review (
    id             uuid        primary key,
    instruction_id uuid        not null references instruction_instruction (id),
    report_id      uuid        not null references instruction_report (id),
    accepted       boolean     not null,
    comment        text        not null,
    reviewed_by    uuid        not null,
    reviewed_at    timestamptz not null
);

create index instruction_review_instruction on instruction_review (instruction_id, reviewed_at);
