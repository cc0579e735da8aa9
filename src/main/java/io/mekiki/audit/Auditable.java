package io.mekiki.audit;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * An event that changes state and therefore belongs in the audit ledger. Publish it inside the
 * transaction of the change: the ledger entry commits or rolls back with it.
 */
public interface Auditable {

    UUID organizationId();

    Actor actor();

    /** What happened, as {@code <module>.<subject>.<verb>}, e.g. {@code identity.user.created}. */
    String action();

    String subjectType();

    String subjectId();

    /** The facts of the change; values are strings, numbers, booleans, lists or nested maps. */
    Map<String, ?> change();
}
