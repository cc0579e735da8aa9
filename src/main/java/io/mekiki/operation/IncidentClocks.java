package io.mekiki.operation;

import java.util.List;

/**
 * The reporting clocks of an incident and what is still missing.
 *
 * @param rulesId the reporting rules the clocks come from
 * @param clocks one per report of every rule that applies, in the rules' order
 * @param missingFacts facts a rule needs that are not known yet (e.g. {@code AFFECTED_PERSONS})
 */
public record IncidentClocks(String rulesId, List<ReportingClock> clocks, List<String> missingFacts) {

    public IncidentClocks {
        clocks = List.copyOf(clocks);
        missingFacts = List.copyOf(missingFacts);
    }

    /** The reports not sent yet. */
    public List<ReportingClock> missingReports() {
        return clocks.stream().filter(clock -> clock.state().missing()).toList();
    }

    public boolean overdue() {
        return clocks.stream().anyMatch(clock -> clock.state() == ReportingClock.State.OVERDUE);
    }

    /** Whether any report is still owed (its clock runs, is overdue or has no fixed deadline). */
    public boolean running() {
        return !missingReports().isEmpty();
    }
}
