package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A contract was recorded for an initiative, with the provider of its chosen candidate. */
public record ContractRecorded(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID initiativeId,
        UUID candidateId,
        String title,
        Map<String, Object> record)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.contract.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("title", title);
        change.put("candidateId", candidateId.toString());
        change.putAll(record);
        return change;
    }
}
