package io.mekiki.provider;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where an attestation stands on a day, by the end of its period. */
public enum AttestationValidity {
    VALID,
    /** Ends within {@link #WARNING_DAYS} days: time to ask for the renewal or the next report. */
    EXPIRING,
    EXPIRED,
    /** No end recorded. */
    OPEN;

    public static final int WARNING_DAYS = 90;

    public static AttestationValidity on(LocalDate today, @Nullable LocalDate periodEnd) {
        if (periodEnd == null) {
            return OPEN;
        }
        if (periodEnd.isBefore(today)) {
            return EXPIRED;
        }
        return periodEnd.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
    }
}
