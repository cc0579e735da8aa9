package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An exception the auditor noted in a report was recorded, with our response if decided. */
public record ReportExceptionNoted(
        UUID organizationId, Actor actor, UUID providerId, UUID attestationId, ReportException exception)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.exceptionNoted";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("exceptionId", exception.id().toString());
        change.put("control", exception.control());
        change.put("description", exception.description());
        change.put("response", exception.response());
        return change;
    }
}
