package io.mekiki.questionnaire;

import java.util.List;

/**
 * How far a questionnaire got: items asked, answered by the provider (drafts included), submitted, accepted and
 * questioned, and whether it is overdue (past its due date, not submitted, not revoked).
 */
public record QuestionnaireProgress(
        int items, int answered, int submitted, int accepted, int questioned, boolean overdue) {

    static QuestionnaireProgress of(
            Questionnaire questionnaire, List<QuestionnaireItem> items, java.time.LocalDate today) {
        int answered = 0;
        int submitted = 0;
        int accepted = 0;
        int questioned = 0;
        for (QuestionnaireItem item : items) {
            answered += item.answered() ? 1 : 0;
            submitted += item.submittedAt() != null ? 1 : 0;
            accepted += item.review() == ItemReview.ACCEPTED || item.review() == ItemReview.OVERRIDDEN ? 1 : 0;
            questioned += item.questioned() ? 1 : 0;
        }
        boolean overdue = (questionnaire.status() == QuestionnaireStatus.SENT
                        || questionnaire.status() == QuestionnaireStatus.OPENED
                        || questionnaire.status() == QuestionnaireStatus.REOPENED
                        || questionnaire.status() == QuestionnaireStatus.EXPIRED)
                && today.isAfter(questionnaire.dueOn());
        return new QuestionnaireProgress(items.size(), answered, submitted, accepted, questioned, overdue);
    }
}
