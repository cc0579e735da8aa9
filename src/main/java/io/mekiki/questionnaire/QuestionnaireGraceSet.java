package io.mekiki.questionnaire;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** The organisation set how many days after a questionnaire's due date its link still works. */
public record QuestionnaireGraceSet(UUID organizationId, Actor actor, int before, int after) implements Auditable {

    /** The ledger's subject type of the organisation (as the identity module names it). */
    static final String ORGANIZATION = "ORGANIZATION";

    @Override
    public String action() {
        return "questionnaire.graceSet";
    }

    @Override
    public String subjectType() {
        return ORGANIZATION;
    }

    @Override
    public String subjectId() {
        return organizationId.toString();
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("graceDays", Map.of("before", before, "after", after));
    }
}
