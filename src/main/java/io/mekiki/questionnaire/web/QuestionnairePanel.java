package io.mekiki.questionnaire.web;

import io.mekiki.questionnaire.QuestionnaireDetails;
import io.mekiki.questionnaire.Questionnaires;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the assessment page and the risk officer's home show of questionnaires (included with one line each). */
@Component("questionnairePanel")
public class QuestionnairePanel {

    private final Questionnaires questionnaires;

    QuestionnairePanel(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    public List<QuestionnaireDetails> ofCandidate(SignedInUser user, UUID candidateId) {
        return questionnaires.ofCandidate(user, candidateId);
    }

    public boolean shownOnHome(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER");
    }

    public List<QuestionnaireDetails> toFollow(SignedInUser user) {
        return questionnaires.toFollow(user);
    }
}
