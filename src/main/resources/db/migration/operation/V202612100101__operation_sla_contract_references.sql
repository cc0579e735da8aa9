-- The SLA's rows reference the contract they are kept on (ADR 035), now that the contract module's table exists.
alter table sla_metric add constraint sla_metric_contract foreign key (contract_id) references contract (id);
alter table sla_import add constraint sla_import_contract_ref foreign key (contract_id) references contract (id);
alter table sla_breach add constraint sla_breach_contract foreign key (contract_id) references contract (id);
