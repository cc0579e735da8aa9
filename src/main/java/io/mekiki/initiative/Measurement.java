package io.mekiki.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A measured value of a KPI on a date. */
@Table("initiative_measurement")
public record Measurement(
        UUID measurementId,
        UUID kpiId,
        LocalDate measuredOn,
        BigDecimal value,
        @Nullable String note,
        Instant recordedAt,
        String recordedBy,
        @Nullable UUID recordedById) {

    public static final int NOTE_MAX = 1000;
    /** Enough for a daily value over almost three years; the page and its chart load them all. */
    public static final int PER_KPI_MAX = 1000;
}
