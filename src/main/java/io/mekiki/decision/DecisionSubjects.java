package io.mekiki.decision;

import io.mekiki.shared.SubjectDirectory;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by a module whose things are decided on (e.g. initiatives), so that this module can freeze
 * the current basis of a request made on its own pages or API, re-freeze it when the decision is made,
 * show what changed since, and link to the subject. A module whose subjects have no basis of their own
 * implements only {@link SubjectDirectory}; the basis given with the request is then frozen. A request
 * on a subject type that no module answers for is refused.
 */
public interface DecisionSubjects extends SubjectDirectory {

    /** The subject type this source answers for, e.g. {@code INITIATIVE}. */
    @Override
    String subjectType();

    @Override
    default boolean exists(UUID organizationId, UUID id) {
        return currentBasis(organizationId, new Subject(subjectType(), id), "").isPresent();
    }

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
