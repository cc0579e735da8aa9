-- Yearly supervision reviews (外部委託先の監督状況, ADR 038): one per contract in force and contract year. The
-- risk officer's assessment is written while the review is due or in progress; on submission the year's
-- compiled figures are frozen into compiled_json, which the supervision and continuation gates rest on.
create table operation_supervision_review (
    id                        uuid        primary key,
    organization_id           uuid        not null,
    contract_id               uuid        not null,
    initiative_id             uuid        not null,
    title                     text        not null,
    year                      integer     not null,
    period_from               date        not null,
    period_to                 date        not null,
    due_on                    date        not null,
    status                    text        not null,
    opened_early              boolean     not null,
    narrative                 text,
    conclusion                text,
    recommended_outcome       text,
    compiled_json             text,
    submitted_at              timestamptz,
    submitted_by              uuid,
    submitted_by_name         text,
    approval_decision_id      uuid,
    continuation_decision_id  uuid,
    outcome                   text,
    decided_at                timestamptz,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint      not null,
    constraint operation_supervision_review_year unique (contract_id, year),
    constraint operation_supervision_review_period check (period_from <= period_to and year >= 1),
    constraint operation_supervision_review_status check (status in
        ('DUE', 'IN_PROGRESS', 'SUBMITTED', 'APPROVED', 'DECIDED')),
    constraint operation_supervision_review_outcome check (outcome is null
        or outcome in ('CONTINUE', 'CONTINUE_WITH_CONDITIONS', 'END')),
    constraint operation_supervision_review_recommended check (recommended_outcome is null
        or recommended_outcome in ('CONTINUE', 'CONTINUE_WITH_CONDITIONS', 'END')),
    constraint operation_supervision_review_frozen check ((submitted_at is null) = (compiled_json is null)),
    constraint operation_supervision_review_decided check ((status = 'DECIDED') = (outcome is not null))
);
create index operation_supervision_review_due on operation_supervision_review (organization_id, due_on);
create index operation_supervision_review_initiative on operation_supervision_review (organization_id, initiative_id);

-- The organisation's rule for the due date of a contract year: either a number of days after the year ends
-- (the contract's anniversary), or a fixed day of the calendar (month and day) on or after the year's end.
create table operation_review_policy (
    organization_id  uuid        primary key,
    rule             text        not null,
    days_after       integer     not null,
    fixed_month      integer,
    fixed_day        integer,
    updated_at       timestamptz not null,
    updated_by_name  text        not null,
    constraint operation_review_policy_rule check (rule in ('AFTER_YEAR_END', 'FIXED_DATE')),
    constraint operation_review_policy_days check (days_after between 0 and 365),
    constraint operation_review_policy_fixed check ((rule = 'FIXED_DATE') = (fixed_month is not null)
        and (fixed_month is null) = (fixed_day is null)),
    constraint operation_review_policy_month check (fixed_month is null or fixed_month between 1 and 12),
    constraint operation_review_policy_day check (fixed_day is null or fixed_day between 1 and 31)
);
