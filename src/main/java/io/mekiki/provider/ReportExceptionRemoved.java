package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An exception recorded by mistake was removed. */
public record ReportExceptionRemoved(
        UUID organizationId, Actor actor, UUID providerId, UUID attestationId, ReportException exception)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.exceptionRemoved";
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
        return change;
    }
}
