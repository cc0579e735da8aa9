package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A contact person at a provider was removed. */
public record ContactRemoved(UUID organizationId, Actor actor, UUID providerId, UUID contactId, ContactDetails details)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.contact.removed";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("contactId", contactId.toString());
        change.putAll(details.facts());
        return change;
    }
}
