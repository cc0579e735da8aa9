package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An operation finding's root cause, countermeasure, owner, due date, status or significance changed.
 *
 * @param changes the fields that changed, each with its value before and after
 */
public record OperationFindingRevised(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID initiativeId,
        String code,
        Map<String, Map<String, ?>> changes)
        implements OperationFindingChange {

    @Override
    public String action() {
        return "operation.finding.revised";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.putAll(changes);
        return change;
    }
}
