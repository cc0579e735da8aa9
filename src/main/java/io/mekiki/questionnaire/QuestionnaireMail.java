package io.mekiki.questionnaire;

import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import io.mekiki.selection.Candidate;
import org.springframework.stereotype.Component;

/**
 * Mails a questionnaire's link to its provider contact in the questionnaire's language. Without mail settings
 * nothing is sent and the risk officer hands the link over (it is shown once after sending).
 */
@Component
class QuestionnaireMail {

    /** Whether the link went out by mail. */
    boolean send(Row row, String link, Candidate candidate) {
        return false;
    }
}
