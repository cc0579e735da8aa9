package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A user chose another language for pages and messages. */
public record UserLanguageChanged(UUID organizationId, Actor actor, UUID userId, String before, String after)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.language-changed";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("before", before, "after", after);
    }
}
