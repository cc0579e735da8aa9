package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A complementary user-entity control was reworded or mapped to another person or control of ours. */
public record UserEntityControlRevised(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        UserEntityControl before,
        UserEntityControl after)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.userEntityControlRevised";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("userEntityControlId", after.id().toString());
        change.put("control", Map.of("before", before.control(), "after", after.control()));
        change.put(
                "personId",
                Map.of("before", ChangeValues.text(before.personId()), "after", ChangeValues.text(after.personId())));
        change.put(
                "ourControl",
                Map.of(
                        "before",
                        ChangeValues.text(before.ourControl()),
                        "after",
                        ChangeValues.text(after.ourControl())));
        return change;
    }
}
