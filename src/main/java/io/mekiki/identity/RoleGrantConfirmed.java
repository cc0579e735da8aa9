package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Another administrator confirmed a self-granted role. */
public record RoleGrantConfirmed(
        UUID organizationId,
        Actor actor,
        UUID userId,
        Role role,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        List<String> before,
        List<String> after)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.role-grant-confirmed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("role", role.name());
        change.put("requestedBy", requestedBy);
        change.put("requestedAt", requestedAt.toString());
        change.put("decidedBy", decidedBy);
        change.put("before", before);
        change.put("after", after);
        return change;
    }
}
