package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A provider was registered. */
public record ProviderRegistered(UUID organizationId, Actor actor, UUID providerId, ProviderDetails details)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.provider.registered";
    }

    @Override
    public boolean changesServiceFacts() {
        return true;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.putAll(details.facts());
        return change;
    }
}
