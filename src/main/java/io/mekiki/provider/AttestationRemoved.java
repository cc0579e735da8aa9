package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An attestation recorded by mistake was removed with its document. */
public record AttestationRemoved(
        UUID organizationId, Actor actor, UUID providerId, UUID attestationId, AttestationDetails details)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.removed";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.putAll(details.facts());
        return change;
    }
}
