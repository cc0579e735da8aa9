package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A provider's details were revised; the ledger records the fields that changed, before and after. */
public record ProviderRevised(
        UUID organizationId, Actor actor, UUID providerId, ProviderDetails before, ProviderDetails after)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.provider.revised";
    }

    @Override
    public boolean changesServiceFacts() {
        return true;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.putAll(Differences.between(before.facts(), after.facts()));
        return change;
    }
}
