package io.mekiki.operation;

import io.mekiki.operation.internal.sla.MeasurementProblem;
import io.mekiki.shared.RuleViolationException;
import java.util.List;

/**
 * Measurements refused as a whole (nothing recorded): every problem found, each with its line or position
 * and column; {@code more} when there were more than those listed.
 */
public class MeasurementsRefused extends RuleViolationException {

    private final transient List<MeasurementProblem> problems;
    private final boolean more;

    public MeasurementsRefused(List<MeasurementProblem> problems, boolean more) {
        super(
                Kind.UNPROCESSABLE,
                problems.size() == 1 ? problems.get(0).column() : null,
                "sla.import.error.refused",
                problems.size());
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    public List<MeasurementProblem> problems() {
        return problems;
    }

    public boolean more() {
        return more;
    }
}
