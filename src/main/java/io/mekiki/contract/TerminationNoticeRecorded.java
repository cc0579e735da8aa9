package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The provider's termination notice was recorded on the contract (ADR 046). */
public record TerminationNoticeRecorded(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID initiativeId,
        LocalDate receivedOn,
        LocalDate effectiveOn)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.terminationNotice.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("receivedOn", receivedOn.toString());
        change.put("effectiveOn", effectiveOn.toString());
        return change;
    }
}
