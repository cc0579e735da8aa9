package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Evidence was removed from an answer. */
public record AnswerEvidenceRemoved(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        UUID evidenceId,
        AnswerEvidence.Kind kind,
        String title,
        @Nullable String sha256)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.evidence.removed";
    }

    @Override
    public String subjectType() {
        return AssessmentAnswered.ASSESSMENT;
    }

    @Override
    public String subjectId() {
        return candidateId.toString();
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("itemId", itemId);
        change.put("evidenceId", evidenceId.toString());
        change.put("kind", kind.name());
        change.put("title", title);
        if (sha256 != null) {
            change.put("sha256", sha256);
        }
        return change;
    }
}
