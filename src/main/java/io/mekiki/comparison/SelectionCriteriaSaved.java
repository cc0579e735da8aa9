package io.mekiki.comparison;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The criteria set of an initiative was saved as a whole (first time or again). */
public record SelectionCriteriaSaved(
        UUID organizationId, Actor actor, UUID initiativeId, long version, List<Criterion> criteria, int scoresDropped)
        implements ComparisonChange {

    public SelectionCriteriaSaved {
        criteria = List.copyOf(criteria);
    }

    @Override
    public String action() {
        return "comparison.criteria.saved";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", version);
        change.put(
                "criteria",
                criteria.stream()
                        .map(criterion ->
                                criterion.name() + " (" + criterion.group().name() + ", " + criterion.weight() + ", "
                                        + criterion.scaleMin() + "–" + criterion.scaleMax() + ")")
                        .toList());
        if (scoresDropped > 0) {
            change.put("scoresDropped", scoresDropped);
        }
        return change;
    }
}
