package io.mekiki.identity;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to an organisation, a user or a token; recorded in the audit ledger. */
public record IdentityChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String USER = "USER";
    public static final String API_TOKEN = "API_TOKEN";
    public static final String ROLE_GRANT_REQUEST = "ROLE_GRANT_REQUEST";
}
