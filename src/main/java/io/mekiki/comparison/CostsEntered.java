package io.mekiki.comparison;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The initial and monthly costs of a candidate were entered on the comparison, in yen. */
public record CostsEntered(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        UUID candidateId,
        String columnName,
        long initialCost,
        long monthlyCost)
        implements ComparisonChange {

    @Override
    public String action() {
        return "comparison.costs.entered";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("column", columnName);
        change.put("initialCost", initialCost);
        change.put("monthlyCost", monthlyCost);
        return change;
    }
}
