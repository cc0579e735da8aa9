package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A subprocessor is no longer used by the provider, or was recorded by mistake. */
public record SubprocessorRemoved(
        UUID organizationId, Actor actor, UUID providerId, UUID subprocessorId, SubprocessorDetails details)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.subprocessor.removed";
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
