package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period of an SLA metric closed below its target, detected when measurements were entered or imported.
 * Published in the transaction that recorded the measurements; the findings of this module listen to it and
 * raise a finding for the breach (once per metric and period).
 *
 * @param target the contractual target, in the metric's unit
 * @param attained what the measurements give for the period, in the same unit
 */
public record SlaBreached(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        UUID contractId,
        UUID metricId,
        String metricName,
        String unit,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal target,
        BigDecimal attained) {}
