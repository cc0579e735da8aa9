-- The comparison (比較表) of an initiative's candidates and of keeping the work in-house (ADR 031):
-- weighted selection criteria saved as a whole set with a version, a score per column and criterion, the
-- costs entered per candidate and the fit of each column with each KPI of the initiative. A column is a
-- candidate (its id as text) or the in-house baseline ('in-house').
create table comparison_criteria_set (
    initiative_id   uuid        primary key,
    organization_id uuid        not null,
    version         bigint      not null,
    saved_by        uuid,
    saved_at        timestamptz not null
);

create table comparison_criterion (
    id              uuid    primary key,
    initiative_id   uuid    not null references comparison_criteria_set (initiative_id) on delete cascade,
    organization_id uuid    not null,
    position        integer not null,
    name            text    not null,
    criterion_group text    not null,
    weight          integer not null,
    scale_min       integer not null,
    scale_max       integer not null,
    steps           text[]  not null,
    constraint comparison_criterion_group check (criterion_group in
        ('BUSINESS_HEALTH', 'SERVICE_LEVEL', 'INFORMATION_SECURITY', 'TERMS_OF_USE', 'COST')),
    constraint comparison_criterion_weight check (weight between 1 and 100),
    constraint comparison_criterion_scale check (scale_min >= 0 and scale_max > scale_min and scale_max <= 100),
    constraint comparison_criterion_name check (length(name) between 1 and 100)
);
create index comparison_criterion_initiative on comparison_criterion (initiative_id, position);

create table comparison_score (
    initiative_id   uuid        not null,
    organization_id uuid        not null,
    column_key      text        not null,
    criterion_id    uuid        not null references comparison_criterion (id) on delete cascade,
    score           integer     not null,
    comment         text        not null,
    scored_by       uuid,
    scored_at       timestamptz not null,
    primary key (initiative_id, column_key, criterion_id)
);
create index comparison_score_criterion on comparison_score (criterion_id);

create table comparison_cost (
    candidate_id    uuid        primary key,
    initiative_id   uuid        not null,
    organization_id uuid        not null,
    initial_cost    bigint      not null,
    monthly_cost    bigint      not null,
    entered_by      uuid,
    entered_at      timestamptz not null,
    constraint comparison_cost_range check (initial_cost between 0 and 1000000000000
        and monthly_cost between 0 and 1000000000000)
);
create index comparison_cost_initiative on comparison_cost (initiative_id);

create table comparison_kpi_fit (
    initiative_id   uuid        not null,
    organization_id uuid        not null,
    column_key      text        not null,
    kpi_id          uuid        not null,
    fit             text        not null,
    comment         text        not null,
    rated_by        uuid,
    rated_at        timestamptz not null,
    primary key (initiative_id, column_key, kpi_id),
    constraint comparison_kpi_fit_fit check (fit in ('FITS', 'PARTLY', 'DOES_NOT_FIT', 'UNKNOWN'))
);
