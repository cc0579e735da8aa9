-- The provider's termination notice (ADR 046): a fact of the contract, recorded once, when the exit starts from it.
alter table contract
    add column termination_notice_received_on  date,
    add column termination_notice_effective_on date,
    add column termination_notice_recorded_at  timestamptz,
    add constraint contract_termination_notice_complete check (
        (termination_notice_received_on is null) = (termination_notice_effective_on is null)
        and (termination_notice_received_on is null) = (termination_notice_recorded_at is null)),
    add constraint contract_termination_notice_order check (
        termination_notice_effective_on is null or termination_notice_effective_on >= termination_notice_received_on);
