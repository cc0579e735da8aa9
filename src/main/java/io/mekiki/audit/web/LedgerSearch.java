package io.mekiki.audit.web;

import io.mekiki.audit.LedgerFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's filters as the page and the API take them: dates are calendar days in the organisation's
 * time zone, both included; {@code subject} is searched in the subjects' names.
 */
record LedgerSearch(
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String subject,
        @Nullable String actor,
        @Nullable String action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    LedgerSearch {
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        subject = blankToNull(subject);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    LedgerFilter filter(UUID organizationId, ZoneId zone, LedgerReading reading) {
        List<String> ids = null;
        if (subjectId != null) {
            ids = List.of(subjectId);
        }
        if (subject != null) {
            List<String> named = reading.idsNamed(organizationId, subjectType, subject);
            ids = ids == null ? named : ids.stream().filter(named::contains).toList();
        }
        return new LedgerFilter(
                subjectType,
                ids,
                actor,
                action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
