-- Assessments (評価): one per candidate, pinned to the catalogue release of the candidate's scoping when it
-- was started; its answers one row per check item, so that saving one answer never rewrites the others
-- (ADR 028). Answers of items that no longer apply to the candidate are kept as history.
create table assessment (
    id              uuid        primary key,
    organization_id uuid        not null,
    candidate_id    uuid        not null unique,
    initiative_id   uuid        not null,
    release         text        not null,
    started_at      timestamptz not null
);
create index assessment_initiative on assessment (organization_id, initiative_id);

create table assessment_answer (
    assessment_id uuid        not null references assessment (id) on delete cascade,
    item_id       text        not null,
    status        text        not null,
    answer        text        not null,
    reason        text,
    source        text        not null,
    answered_by   uuid,
    answered_at   timestamptz not null,
    version       bigint      not null,
    primary key (assessment_id, item_id),
    constraint assessment_answer_status check (status in ('MEETS', 'PARTLY', 'DOES_NOT_MEET', 'NOT_APPLICABLE', 'UNKNOWN')),
    constraint assessment_answer_source check (source in ('PROVIDER_STATEMENT', 'VERIFIED', 'DERIVED', 'IMPORTED')),
    constraint assessment_answer_reason check (status <> 'NOT_APPLICABLE' or reason is not null)
);
