package io.mekiki.operation;

import io.mekiki.catalog.Confidence;
import io.mekiki.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One report an incident owes under a reporting rule of the catalogue, with its deadline counted from the
 * moment of awareness in the organisation's calendar (ADR 036).
 *
 * @param dueDate the last day of the report in the organisation's calendar; null when the rule gives no
 *     number of days
 * @param deadline the end of {@code dueDate} in the organisation's zone, as an instant
 * @param reasons why the rule applies, as codes ({@code fact:UNAUTHORISED_PURPOSE}, {@code persons:1000},
 *     {@code personsNotKnown:1000}, {@code organization:criticalInfrastructure},
 *     {@code organizationNotKnown:criticalInfrastructure}); pages say them in words
 * @param left the time left until the deadline (negative when overdue); null when sent or without deadline
 * @param sentLate whether the report was marked sent after its due date
 */
public record ReportingClock(
        String ruleId,
        LocalizedText ruleName,
        LocalizedText authority,
        LocalizedText basis,
        Confidence ruleConfidence,
        String reportId,
        LocalizedText reportName,
        @Nullable Integer withinDays,
        @Nullable LocalDate dueDate,
        @Nullable Instant deadline,
        LocalizedText deadlineNote,
        Confidence confidence,
        List<LocalizedText> contents,
        List<String> reasons,
        @Nullable SentReport sent,
        State state,
        @Nullable Duration left,
        boolean sentLate) {

    public ReportingClock {
        contents = List.copyOf(contents);
        reasons = List.copyOf(reasons);
    }

    /** Where a report stands. */
    public enum State {
        /** Marked sent. */
        SENT,
        /** Not sent, deadline ahead. */
        RUNNING,
        /** Not sent, deadline passed. */
        OVERDUE,
        /** Not sent; the rule gives no number of days, so there is no deadline to count down. */
        NO_DEADLINE;

        public boolean missing() {
            return this != SENT;
        }
    }
}
