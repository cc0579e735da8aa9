-- Which conditions of an initiative's gates have been told met (GateConditionMet, ADR 026): a condition is
-- told once, the first time it is seen met, even if it turns unmet and met again later.
create table initiative_gate_condition (
    organization_id uuid        not null,
    initiative_id   uuid        not null references initiative_initiative (id) on delete cascade,
    gate            text        not null,
    code            text        not null,
    met_at          timestamptz not null,
    primary key (initiative_id, gate, code)
);

create index initiative_gate_condition_by_organization on initiative_gate_condition (organization_id, initiative_id);
