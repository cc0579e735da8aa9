package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A contract came into force (its initiative moved to operation) or ended (its initiative closed). */
public record ContractStatusChanged(
        UUID organizationId, Actor actor, UUID contractId, UUID initiativeId, ContractStatus from, ContractStatus to)
        implements ContractChange {

    @Override
    public String action() {
        return to == ContractStatus.IN_FORCE ? "contract.contract.inForce" : "contract.contract.ended";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from.name());
        change.put("to", to.name());
        return change;
    }
}
