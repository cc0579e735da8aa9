package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The attainment of an SLA metric over one of its periods, as the measurements give it now.
 *
 * @param measurements how many measurements the period holds
 * @param attained the mean or the worst of them (the metric's aggregation), four decimals at most
 * @param met whether {@code attained} attains the target
 * @param closed whether the period has ended (before today in the organisation's calendar)
 * @param breached whether a breach of this period was detected and recorded (told once)
 * @param creditPercent the credit the contract grants for this attainment, null when no tier applies
 * @param creditDue that share of the period's fee in whole yen (rounded down); null without a fee or a tier
 */
public record SlaPeriodAttainment(
        LocalDate periodStart,
        LocalDate periodEnd,
        int measurements,
        BigDecimal attained,
        boolean met,
        boolean closed,
        boolean breached,
        @Nullable BigDecimal creditPercent,
        @Nullable Long creditDue) {}
