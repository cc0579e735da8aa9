package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A subprocessor of a provider was recorded. */
public record SubprocessorAdded(
        UUID organizationId, Actor actor, UUID providerId, UUID subprocessorId, SubprocessorDetails details)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.subprocessor.added";
    }

    @Override
    public boolean changesServiceFacts() {
        return true;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("subprocessorId", subprocessorId.toString());
        change.putAll(details.facts());
        return change;
    }
}
