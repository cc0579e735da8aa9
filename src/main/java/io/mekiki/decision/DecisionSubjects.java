package io.mekiki.decision;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by a module whose things are decided on (e.g. initiatives), so that this module can freeze
 * the current basis of a request made on its own pages or API, re-freeze it when the decision is made,
 * show what changed since, and link to the subject. Optional: without one, the basis given with the
 * request is frozen and the subject is not checked.
 */
public interface DecisionSubjects {

    /** The subject type this source answers for, e.g. {@code INITIATIVE}. */
    String subjectType();

    /**
     * The basis a decision on the subject and topic is made on, as it is now; empty when the subject does
     * not exist in the organisation (the request is then refused as not found).
     */
    Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic);

    /** The address of the subject's page, e.g. {@code /initiatives/{id}}; null when it has none. */
    default @Nullable String pagePath(Subject subject) {
        return null;
    }
}
