-- Findings (指摘事項) of a candidate's assessment (ADR 030): raised automatically on a gap of a blocking
-- item or by hand on any gap, closed when the answer meets or does not apply (kept as history), with a
-- disposition: accept (an executive decision on the finding), mitigate (action, owner, due date, done) or
-- exclude the candidate.
create table assessment_finding (
    id                 uuid        primary key,
    organization_id    uuid        not null,
    candidate_id       uuid        not null,
    initiative_id      uuid        not null,
    item_id            text        not null,
    origin             text        not null,
    blocking           boolean     not null,
    gap_status         text        not null,
    note               text        not null default '',
    raised_at          timestamptz not null,
    raised_by          uuid,
    resolved_at        timestamptz,
    resolved_status    text,
    disposition        text,
    rationale          text,
    mitigation_action  text,
    mitigation_owner   uuid,
    mitigation_due     date,
    mitigation_done_at timestamptz,
    mitigation_done_by uuid,
    mitigation_note    text,
    disposed_at        timestamptz,
    disposed_by        uuid,
    version            bigint      not null,
    constraint assessment_finding_origin check (origin in ('AUTOMATIC', 'MANUAL')),
    constraint assessment_finding_gap check (gap_status in ('PARTLY', 'DOES_NOT_MEET', 'UNKNOWN')),
    constraint assessment_finding_disposition check (disposition in ('ACCEPT', 'MITIGATE', 'EXCLUDE'))
);
create index assessment_finding_candidate on assessment_finding (organization_id, candidate_id);
create index assessment_finding_initiative on assessment_finding (organization_id, initiative_id);
-- at most one finding not yet resolved per item of a candidate
create unique index assessment_finding_unresolved on assessment_finding (candidate_id, item_id)
    where resolved_at is null;
