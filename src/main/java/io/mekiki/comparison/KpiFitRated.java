package io.mekiki.comparison;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** How a column of the comparison fits one KPI of the initiative was rated. */
public record KpiFitRated(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        String column,
        String columnName,
        UUID kpiId,
        String kpi,
        KpiFitRating fit)
        implements ComparisonChange {

    @Override
    public String action() {
        return "comparison.kpiFit.rated";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("column", columnName);
        change.put("kpi", kpi);
        change.put("fit", fit.name());
        return change;
    }
}
