-- Questionnaires sent to a provider contact through a secure link (ADR 041). The link's token is kept only as
-- its SHA-256 (token_hash); the token itself is shown once (and mailed) when the questionnaire is sent or sent
-- again. The link works until due_on + grace_days (the organisation's grace period when it was sent).
create table questionnaire (
    id              uuid        primary key,
    organization_id uuid        not null,
    candidate_id    uuid        not null,
    initiative_id   uuid        not null,
    provider_id     uuid        not null,
    contact_id      uuid        not null,
    contact_name    text        not null,
    contact_email   text,
    provider_name   text        not null,
    language        text        not null,
    release         text        not null,
    due_on          date        not null,
    grace_days      integer     not null,
    message         text,
    status          text        not null,
    token_hash      char(64)    not null unique,
    sent_by         uuid        not null,
    sent_at         timestamptz not null,
    opened_at       timestamptz,
    submitted_at    timestamptz,
    revoked_at      timestamptz,
    revoked_by      uuid,
    version         bigint      not null,
    constraint questionnaire_language check (language in ('ja', 'en')),
    constraint questionnaire_status check (status in ('SENT', 'OPENED', 'SUBMITTED', 'REOPENED', 'REVOKED')),
    constraint questionnaire_grace check (grace_days between 0 and 90)
);
create index questionnaire_candidate on questionnaire (organization_id, candidate_id, sent_at);
create index questionnaire_organization on questionnaire (organization_id, status, due_on);

-- One row per item asked: the provider's draft or submitted answer, and the risk officer's review of it.
-- review: null (not reviewed), ACCEPTED, QUESTIONED (sent back with review_comment: open again for the
-- provider), OVERRIDDEN.
create table questionnaire_item (
    questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
    item_id          text        not null,
    position         integer     not null,
    status           text,
    answer           text,
    saved_at         timestamptz,
    submitted_at     timestamptz,
    review           text,
    review_comment   text,
    reviewed_by      uuid,
    reviewed_at      timestamptz,
    primary key (questionnaire_id, item_id),
    constraint questionnaire_item_status check (status is null
        or status in ('MEETS', 'PARTLY', 'DOES_NOT_MEET', 'NOT_APPLICABLE', 'UNKNOWN')),
    constraint questionnaire_item_review check (review is null
        or review in ('ACCEPTED', 'QUESTIONED', 'OVERRIDDEN'))
);

-- Files the provider attached to an item (checked by the report attachment rules, ADR 025).
create table questionnaire_evidence (
    id               uuid        primary key,
    questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
    item_id          text        not null,
    file_name        text        not null,
    media_type       text        not null,
    size             bigint      not null,
    sha256           char(64)    not null,
    content          bytea       not null,
    added_at         timestamptz not null
);
create index questionnaire_evidence_item on questionnaire_evidence (questionnaire_id, item_id, added_at);

-- The organisation's grace period after a questionnaire's due date, in days (7 when no row).
create table questionnaire_setting (
    organization_id uuid    primary key,
    grace_days      integer not null,
    constraint questionnaire_setting_grace check (grace_days between 0 and 90)
);

-- Requests to /q/{token} with a token that matches no questionnaire, by client address, for throttling
-- (as sign-in failures, ADR 008). Kept an hour.
create table questionnaire_link_failure (
    id             bigserial   primary key,
    client_address text        not null,
    failed_at      timestamptz not null
);
create index questionnaire_link_failure_client on questionnaire_link_failure (client_address, failed_at);

-- Requests through a working link, for the limit per link (as above, kept an hour).
create table questionnaire_link_hit (
    id               bigserial   primary key,
    questionnaire_id uuid        not null,
    hit_at           timestamptz not null
);
create index questionnaire_link_hit_questionnaire on questionnaire_link_hit (questionnaire_id, hit_at);
