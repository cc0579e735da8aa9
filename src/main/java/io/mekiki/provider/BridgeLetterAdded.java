package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A bridge letter carrying a report past the end of its period was recorded. */
public record BridgeLetterAdded(
        UUID organizationId, Actor actor, UUID providerId, UUID attestationId, BridgeLetter letter)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.bridgeLetterAdded";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("bridgeLetterId", letter.id().toString());
        change.put("coversFrom", letter.coversFrom().toString());
        change.put("coversUntil", letter.coversUntil().toString());
        change.put(
                "issuedOn", letter.issuedOn() == null ? null : letter.issuedOn().toString());
        return change;
    }
}
