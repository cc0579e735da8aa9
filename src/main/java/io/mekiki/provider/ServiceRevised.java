package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A service's details were revised; the ledger records the fields that changed, before and after. */
public record ServiceRevised(
        UUID organizationId, Actor actor, UUID serviceId, ServiceDetails before, ServiceDetails after)
        implements ProviderChange {

    @Override
    public UUID providerId() {
        return after.providerId();
    }

    @Override
    public String subjectType() {
        return SERVICE;
    }

    @Override
    public String subjectId() {
        return serviceId.toString();
    }

    @Override
    public String action() {
        return "provider.service.revised";
    }

    @Override
    public boolean changesServiceFacts() {
        return true;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("serviceId", serviceId.toString());
        change.putAll(Differences.between(before.facts(), after.facts()));
        return change;
    }
}
