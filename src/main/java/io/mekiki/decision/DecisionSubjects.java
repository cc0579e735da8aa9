package io.mekiki.decision;

import io.mekiki.shared.SubjectDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The titles of the subjects with these ids, as lists and pages show them (e.g. an initiative's
     * title); ids the organisation does not know are left out.
     */
    default Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        return Map.of();
    }

    /**
     * The topics a decision on such a subject can be about (e.g. the gates), each with the message key of
     * its label, in the order a reader expects them.
     */
    default Map<String, String> topics() {
        return Map.of();
    }

    /** The message key of the topic's label (e.g. a gate's name); null when the topic has none. */
    default @Nullable String topicMessageKey(String topic) {
        return null;
    }

    /** The options a request on the topic usually lays out, in the reader's language; empty when none. */
    default List<String> topicOptions(String topic, Locale locale) {
        return List.of();
    }

    /**
     * The conditions a decision on the subject and topic needs before it can be requested that do not
     * hold now (e.g. a gate's report not yet accepted); empty when none. A request is refused (conflict)
     * while any is listed.
     */
    default List<UnmetCondition> unmetConditions(UUID organizationId, Subject subject, String topic) {
        return List.of();
    }

    /**
     * A basis frozen before this source changed the shape of its bases, mapped onto the facts a decision on
     * the topic rests on now, so that an upgrade neither makes it stale nor hides a real change; empty when
     * the frozen facts already have the current shape (the default).
     */
    default Optional<Map<String, ?>> olderShape(String topic, Map<String, ?> frozenFacts) {
        return Optional.empty();
    }

    /**
     * A basis of such a subject (frozen or current) as labelled facts in the reader's language; empty
     * when this source does not describe its bases, and the page then shows the facts by their paths.
     */
    default Optional<BasisFacts> describe(UUID organizationId, Basis basis, Locale locale) {
        return Optional.empty();
    }
}
