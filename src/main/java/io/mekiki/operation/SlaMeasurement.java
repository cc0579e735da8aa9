package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded measurement.
 *
 * @param source how it came: {@code PAGE}, {@code JSON} or {@code CSV}
 * @param recordedBy the current name of who recorded it
 */
public record SlaMeasurement(
        long id,
        UUID metricId,
        String metricCode,
        LocalDate on,
        BigDecimal value,
        String note,
        String source,
        String recordedBy,
        Instant recordedAt) {}
