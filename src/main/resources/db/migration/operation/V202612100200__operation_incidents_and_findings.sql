-- Incidents of an initiative in operation, the reports sent under the reporting rules that applied to them,
-- and the findings of operation (指摘事項: from an SLA breach, an incident or monitoring). ADR 036.
create table operation_incident (
    id               uuid        primary key,
    organization_id  uuid        not null,
    initiative_id    uuid        not null,
    contract_id      uuid,
    number           integer     not null,
    incident_type    text        not null,
    severity         text        not null,
    title            text        not null,
    started_at       timestamptz not null,
    ended_at         timestamptz,
    aware_at         timestamptz not null,
    impact           text        not null,
    handling_notes   text        not null,
    facts            text[]      not null,
    affected_persons integer,
    affected_assets  uuid[]      not null,
    status           text        not null,
    closing_summary  text,
    closed_at        timestamptz,
    rules_id         text        not null,
    recorded_by      uuid,
    recorded_by_name text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer     not null,
    constraint operation_incident_type check (incident_type in ('OUTAGE', 'SECURITY_INCIDENT', 'PERSONAL_DATA_LEAK',
        'SERVICE_CHANGE', 'FOREIGN_AUTHORITY_ORDER', 'PROVIDER_BUSINESS_EVENT')),
    constraint operation_incident_severity check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint operation_incident_status check (status in ('OPEN', 'CLOSED')),
    constraint operation_incident_closed check ((status = 'CLOSED') = (closed_at is not null)),
    constraint operation_incident_persons check (affected_persons is null or affected_persons >= 0),
    unique (organization_id, number)
);
create index operation_incident_initiative on operation_incident (organization_id, initiative_id, status);

create table operation_incident_report (
    incident_id      uuid        not null references operation_incident (id),
    organization_id  uuid        not null,
    rule_id          text        not null,
    report_id        text        not null,
    sent_on          date        not null,
    reference        text        not null,
    recorded_by      uuid,
    recorded_by_name text        not null,
    recorded_at      timestamptz not null,
    primary key (incident_id, rule_id, report_id)
);

create table operation_finding (
    id               uuid        primary key,
    organization_id  uuid        not null,
    initiative_id    uuid        not null,
    contract_id      uuid,
    number           integer     not null,
    source           text        not null,
    incident_id      uuid        references operation_incident (id),
    metric_id        uuid,
    metric_name      text,
    period_start     date,
    period_end       date,
    title            text        not null,
    description      text        not null,
    root_cause       text        not null,
    countermeasure   text        not null,
    owner_id         uuid,
    due_date         date,
    status           text        not null,
    significance     text        not null,
    raised_by        uuid,
    raised_by_name   text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer     not null,
    constraint operation_finding_source check (source in ('SLA_BREACH', 'INCIDENT', 'MONITORING')),
    constraint operation_finding_status check (status in ('OPEN', 'COUNTERMEASURE_PLANNED', 'DONE', 'CLOSED')),
    constraint operation_finding_significance check (significance in ('MINOR', 'MODERATE', 'SIGNIFICANT')),
    constraint operation_finding_breach check ((source = 'SLA_BREACH') = (metric_id is not null)),
    unique (organization_id, number)
);
-- exactly one finding per metric and period, however often the breach is told
create unique index operation_finding_one_per_breach on operation_finding (metric_id, period_start, period_end)
    where metric_id is not null;
create index operation_finding_initiative on operation_finding (organization_id, initiative_id, status);
