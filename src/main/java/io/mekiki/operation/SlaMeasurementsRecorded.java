package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Measurements were recorded on a contract's SLA: one entry per import or entry, with the counts, not one per
 * measurement.
 *
 * @param source {@code CSV}, {@code JSON} or {@code PAGE}
 * @param perMetric how many measurements each metric (by code) received
 */
public record SlaMeasurementsRecorded(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID importId,
        String source,
        @Nullable String fileName,
        @Nullable String sha256,
        int measurements,
        Map<String, Integer> perMetric,
        LocalDate from,
        LocalDate to,
        int breaches)
        implements SlaChange {

    @Override
    public String action() {
        return "operation.slaMeasurements.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("slaSource", "SLA_SOURCE_" + source);
        change.put("slaFile", fileName);
        change.put("sha256", sha256);
        change.put("slaMeasurements", measurements);
        change.put("slaPerMetric", new LinkedHashMap<>(perMetric));
        change.put("slaFrom", from.toString());
        change.put("slaTo", to.toString());
        change.put("slaBreaches", breaches);
        return change;
    }
}
