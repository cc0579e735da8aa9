package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An exception noted in a report, or our response to it, was revised. */
public record ReportExceptionRevised(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        ReportException before,
        ReportException after)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.exceptionRevised";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("exceptionId", after.id().toString());
        change.put("control", Map.of("before", before.control(), "after", after.control()));
        change.put("description", Map.of("before", before.description(), "after", after.description()));
        change.put(
                "response",
                Map.of("before", ChangeValues.text(before.response()), "after", ChangeValues.text(after.response())));
        return change;
    }
}
