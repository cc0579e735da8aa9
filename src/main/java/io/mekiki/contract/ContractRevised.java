package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A contract's record was changed; {@code changes} names each field with its value before and after. */
public record ContractRevised(
        UUID organizationId, Actor actor, UUID contractId, UUID initiativeId, Map<String, Object> changes)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.contract.revised";
    }

    @Override
    public Map<String, ?> change() {
        return changes;
    }
}
