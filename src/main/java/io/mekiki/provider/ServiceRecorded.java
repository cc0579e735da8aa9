package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A service of a provider was recorded. */
public record ServiceRecorded(UUID organizationId, Actor actor, UUID serviceId, ServiceDetails details)
        implements ProviderChange {

    @Override
    public UUID providerId() {
        return details.providerId();
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
        return "provider.service.recorded";
    }

    @Override
    public boolean changesServiceFacts() {
        return true;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("serviceId", serviceId.toString());
        change.putAll(details.facts());
        return change;
    }
}
