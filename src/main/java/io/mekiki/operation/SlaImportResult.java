package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import or an entry of measurements recorded: how many (per metric code), the days they span, and
 * the breaches it detected.
 */
public record SlaImportResult(
        UUID importId,
        int measurements,
        Map<String, Integer> perMetric,
        LocalDate from,
        LocalDate to,
        List<Breach> breaches,
        long millis) {

    /** A breach detected by the import. */
    public record Breach(
            UUID metricId,
            String code,
            String name,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal target,
            BigDecimal attained,
            @Nullable BigDecimal creditPercent,
            @Nullable Long creditDue) {}
}
