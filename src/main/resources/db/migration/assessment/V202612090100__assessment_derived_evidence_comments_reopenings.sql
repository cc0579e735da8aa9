-- Derived answers, evidence and comments on answers, reopened assessments (ADR 029).
-- A derived answer cites the fact of the service record that settles it (derived_fact, derived_value) and
-- waits for a person's confirmation (confirmed_by, confirmed_at). When the record changes after the
-- confirmation, the answer is marked for review: which fact changed and what the record says now
-- (review_status null when the record no longer settles the item).
alter table assessment_answer
    add column derived_fact   text,
    add column derived_value  text,
    add column confirmed_by   uuid,
    add column confirmed_at   timestamptz,
    add column review_fact    text,
    add column review_status  text,
    add column review_value   text,
    add column review_since   timestamptz,
    add constraint assessment_answer_derived check (source <> 'DERIVED' or derived_fact is not null),
    add constraint assessment_answer_review_status check (review_status is null
        or review_status in ('MEETS', 'PARTLY', 'DOES_NOT_MEET', 'NOT_APPLICABLE', 'UNKNOWN'));

-- Evidence on an answer: an uploaded file (checked as report attachments are, stored once, never changed)
-- or a checked link. Kept by item, so that it survives a new answer on the item.
create table assessment_evidence (
    id              uuid        primary key,
    organization_id uuid        not null,
    assessment_id   uuid        not null references assessment (id) on delete cascade,
    item_id         text        not null,
    kind            text        not null,
    title           text        not null,
    reference       text,
    file_name       text,
    media_type      text,
    size            bigint,
    sha256          text,
    content         bytea,
    added_by        uuid,
    added_at        timestamptz not null,
    constraint assessment_evidence_kind check (kind in ('FILE', 'LINK')),
    constraint assessment_evidence_shape check (
        (kind = 'LINK' and reference is not null and content is null)
        or (kind = 'FILE' and content is not null and sha256 is not null and file_name is not null))
);
create index assessment_evidence_item on assessment_evidence (assessment_id, item_id, added_at);

-- Comments of business owners, risk officers and executives on an answer.
create table assessment_comment (
    id              uuid        primary key,
    organization_id uuid        not null,
    assessment_id   uuid        not null references assessment (id) on delete cascade,
    item_id         text        not null,
    author_id       uuid        not null,
    body            text        not null,
    created_at      timestamptz not null
);
create index assessment_comment_item on assessment_comment (assessment_id, item_id, created_at);

-- An editor reopened the assessments of an initiative after its provider-selection decision, with a reason.
create table assessment_reopening (
    id              uuid        primary key,
    organization_id uuid        not null,
    initiative_id   uuid        not null,
    reason          text        not null,
    reopened_by     uuid        not null,
    reopened_at     timestamptz not null
);
create index assessment_reopening_initiative on assessment_reopening (organization_id, initiative_id, reopened_at);
