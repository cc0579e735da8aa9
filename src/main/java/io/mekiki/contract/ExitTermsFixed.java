package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A contract's exit terms (data return, deletion and its proof) were fixed or changed. */
public record ExitTermsFixed(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID initiativeId,
        Map<String, Object> before,
        Map<String, Object> after)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.exitTerms.fixed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("before", before.get(field));
            pair.put("after", value);
            change.put(field, pair);
        });
        return change;
    }
}
