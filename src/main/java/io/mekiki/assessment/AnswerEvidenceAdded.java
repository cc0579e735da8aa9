package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Evidence was added to an answer: a file (with its SHA-256) or a checked link. */
public record AnswerEvidenceAdded(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        UUID evidenceId,
        AnswerEvidence.Kind kind,
        String title,
        @Nullable String reference,
        @Nullable String fileName,
        @Nullable Long size,
        @Nullable String sha256)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.evidence.added";
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
        if (reference != null) {
            change.put("reference", reference);
        }
        if (fileName != null) {
            change.put("fileName", fileName);
            change.put("size", size);
            change.put("sha256", sha256);
        }
        return change;
    }
}
