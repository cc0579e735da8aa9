package io.mekiki.decision;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A module's view of the things decided on, as the initiative module gives it, for tests: subjects of
 * type {@value #TYPE} exist once a test sets their current basis.
 */
@Component
public class TestSubjects implements DecisionSubjects {

    public static final String TYPE = "TEST_SUBJECT";

    private final Map<String, Basis> bases = new ConcurrentHashMap<>();

    /** Makes the subject exist in the organisation with this basis (or changes it). */
    public void basis(UUID organizationId, UUID subjectId, Map<String, ?> facts) {
        bases.put(organizationId + "/" + subjectId, new Basis(facts));
    }

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic) {
        return Optional.ofNullable(bases.get(organizationId + "/" + subject.id()));
    }

    @Override
    public String pagePath(Subject subject) {
        return "/test-subjects/" + subject.id();
    }
}
