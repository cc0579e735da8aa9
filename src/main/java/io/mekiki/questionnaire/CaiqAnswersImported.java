package io.mekiki.questionnaire;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers of a CAIQ v4.1 workbook were imported into a questionnaire as draft answers (ADR 042), by the provider
 * contact through the link or by a risk officer through the API. The drafts themselves are recorded as saved
 * answers in the same transaction.
 *
 * @param answered how many questions of the workbook had an answer
 * @param used how many of those the mapping reads
 * @param statuses the draft status per check item
 */
public record CaiqAnswersImported(
        UUID organizationId,
        Actor actor,
        UUID questionnaireId,
        UUID candidateId,
        String fileName,
        String sha256,
        String mapping,
        int answered,
        int used,
        Map<String, String> statuses)
        implements Auditable {

    @Override
    public String action() {
        return "questionnaire.caiq.imported";
    }

    @Override
    public String subjectType() {
        return QuestionnaireChange.QUESTIONNAIRE;
    }

    @Override
    public String subjectId() {
        return questionnaireId.toString();
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("file", fileName);
        change.put("sha256", sha256);
        change.put("caiqMapping", mapping);
        change.put("answeredQuestions", answered);
        change.put("usedQuestions", used);
        change.put("items", List.copyOf(statuses.keySet()));
        change.put("statuses", statuses);
        return change;
    }
}
