package io.mekiki.questionnaire;

import io.mekiki.notification.Letter;
import io.mekiki.notification.Mail;
import io.mekiki.notification.MailCategory;
import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mails a questionnaire's link to its provider contact in the questionnaire's language (ADR 041, through the
 * notification module's {@link Mail}). Without mail settings, or without an address for the contact, nothing is
 * sent and the risk officer hands the link over (it is shown once after sending).
 */
@Component
class QuestionnaireMail {

    private final Mail mail;

    QuestionnaireMail(Mail mail) {
        this.mail = mail;
    }

    /** Whether the link goes out by mail. */
    boolean send(Row row, String link, String senderName) {
        String to = row.contactEmail();
        if (to == null || to.isBlank()) {
            return false;
        }
        Questionnaire q = row.questionnaire();
        Map<String, Object> model = new HashMap<>();
        model.put("contactName", row.contactName());
        model.put("providerName", row.providerName());
        model.put("senderName", senderName);
        model.put("link", link);
        model.put("dueOn", q.dueOn().toString());
        model.put("validUntil", q.expiresOn().toString());
        model.put("itemCount", q.items().size());
        model.put("message", q.message() == null ? "" : q.message());
        model.put("subjectArguments", List.of(row.providerName()));
        return mail.send(new Letter(to, null, q.locale(), MailCategory.QUESTIONNAIRES, "questionnaire-sent", model))
                .queued();
    }
}
