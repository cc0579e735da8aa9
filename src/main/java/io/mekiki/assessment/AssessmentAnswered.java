package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item of a candidate's assessment was answered (first time or again); recorded in the ledger. */
public record AssessmentAnswered(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        @Nullable AnswerStatus statusBefore,
        AnswerStatus status,
        AnswerSource source,
        long version)
        implements Auditable {

    /** The subject type of assessments in the ledger: one per candidate, by the candidate's id. */
    public static final String ASSESSMENT = "ASSESSMENT";

    @Override
    public String action() {
        return "assessment.item.answered";
    }

    @Override
    public String subjectType() {
        return ASSESSMENT;
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
        if (statusBefore != null) {
            change.put("statusBefore", statusBefore.name());
        }
        change.put("status", status.name());
        change.put("source", source.name());
        change.put("version", version);
        return change;
    }
}
