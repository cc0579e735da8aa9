package io.mekiki.comparison;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A column of the comparison (a candidate, or {@value Comparisons#IN_HOUSE}) was scored on a criterion. */
public record CriterionScored(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        String column,
        String columnName,
        UUID criterionId,
        String criterion,
        @Nullable Integer scoreBefore,
        int score)
        implements ComparisonChange {

    @Override
    public String action() {
        return "comparison.score.given";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("column", columnName);
        change.put("criterion", criterion);
        if (scoreBefore != null) {
            change.put("scoreBefore", scoreBefore);
        }
        change.put("score", score);
        return change;
    }
}
