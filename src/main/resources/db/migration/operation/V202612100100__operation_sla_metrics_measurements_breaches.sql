-- SLA metrics of a contract, the measurements taken against them, the breaches detected (once per metric
-- and period) and the imports that brought measurements in (ADR 035). The contract is referenced by id;
-- the foreign key to contract(id) comes in a later migration, once the contract module's table exists.
create table sla_metric (
    id              uuid        primary key,
    organization_id uuid        not null,
    contract_id     uuid        not null,
    code            text        not null,
    name            text        not null,
    kind            text        not null,
    unit            text        not null,
    custom_unit     text,
    direction       text        not null,
    aggregation     text        not null,
    target          numeric     not null,
    period          text        not null,
    monthly_fee     bigint,
    credit_tiers    jsonb       not null default '[]',
    version         bigint      not null,
    defined_by      uuid,
    defined_at      timestamptz not null,
    removed_at      timestamptz,
    constraint sla_metric_kind check (kind in
        ('AVAILABILITY', 'RTO', 'RPO', 'SUPPORT_RESPONSE', 'INCIDENT_NOTIFICATION', 'CUSTOM')),
    constraint sla_metric_unit check (unit in ('PERCENT', 'MINUTES', 'HOURS', 'OTHER')),
    constraint sla_metric_direction check (direction in ('AT_LEAST', 'AT_MOST')),
    constraint sla_metric_aggregation check (aggregation in ('MEAN', 'WORST')),
    constraint sla_metric_period check (period in ('MONTHLY', 'QUARTERLY')),
    constraint sla_metric_fee check (monthly_fee is null or monthly_fee between 0 and 1000000000000),
    constraint sla_metric_code check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    constraint sla_metric_name check (length(name) between 1 and 100)
);
-- one code per contract among the metrics not removed
create unique index sla_metric_code_unique on sla_metric (contract_id, code) where removed_at is null;
create index sla_metric_organization on sla_metric (organization_id, contract_id);

create table sla_import (
    id              uuid        primary key,
    organization_id uuid        not null,
    contract_id     uuid        not null,
    source          text        not null,
    file_name       text,
    sha256          text,
    measurements    integer     not null,
    imported_by     uuid,
    imported_at     timestamptz not null,
    constraint sla_import_source check (source in ('CSV', 'JSON', 'PAGE'))
);
create index sla_import_contract on sla_import (contract_id, imported_at);

create table sla_measurement (
    id              bigint      generated always as identity primary key,
    metric_id       uuid        not null references sla_metric (id),
    organization_id uuid        not null,
    measured_on     date        not null,
    value           numeric     not null,
    note            text        not null default '',
    import_id       uuid        not null references sla_import (id),
    constraint sla_measurement_once unique (metric_id, measured_on)
);

create table sla_breach (
    metric_id       uuid        not null references sla_metric (id),
    period_start    date        not null,
    period_end      date        not null,
    organization_id uuid        not null,
    contract_id     uuid        not null,
    target          numeric     not null,
    attained        numeric     not null,
    credit_percent  numeric,
    credit_due      bigint,
    detected_by     uuid,
    detected_at     timestamptz not null,
    primary key (metric_id, period_start)
);
create index sla_breach_contract on sla_breach (organization_id, contract_id);
