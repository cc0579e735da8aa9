package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A complementary user-entity control a report expects from us was recorded, mapped or not. */
public record UserEntityControlAdded(
        UUID organizationId, Actor actor, UUID providerId, UUID attestationId, UserEntityControl control)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.userEntityControlAdded";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("userEntityControlId", control.id().toString());
        change.put("control", control.control());
        change.put(
                "personId",
                control.personId() == null ? null : control.personId().toString());
        change.put("ourControl", control.ourControl());
        return change;
    }
}
