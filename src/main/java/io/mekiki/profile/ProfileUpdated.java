package io.mekiki.profile;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's compliance profile was updated; recorded in the audit ledger in the transaction of
 * the change. Other modules react to it after commit (ADR 024).
 *
 * @param change the fields that changed, each with {@code before} and {@code after}
 */
public record ProfileUpdated(UUID organizationId, Actor actor, Map<String, ?> change) implements Auditable {

    public static final String PROFILE = "ORGANIZATION_PROFILE";
    public static final String UPDATED = "profile.profile.updated";

    public ProfileUpdated {
        change = Collections.unmodifiableMap(new LinkedHashMap<>(change));
    }

    /** The names of the fields that changed, e.g. {@code listed}, {@code sectors}. */
    public Set<String> changedFields() {
        return change.keySet();
    }

    @Override
    public String action() {
        return UPDATED;
    }

    @Override
    public String subjectType() {
        return PROFILE;
    }

    @Override
    public String subjectId() {
        return organizationId.toString();
    }
}
