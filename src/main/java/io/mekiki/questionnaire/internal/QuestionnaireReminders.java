package io.mekiki.questionnaire.internal;

import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import io.mekiki.questionnaire.Questionnaire;
import io.mekiki.questionnaire.QuestionnaireStatus;
import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reminds the risk officer who sent a questionnaire (ADR 041) when it is due within {@value #DAYS_BEFORE} days and
 * when it is overdue without submission; each once per due date (a new due date reminds again).
 */
@Component
class QuestionnaireReminders implements ReminderSource {

    static final int DAYS_BEFORE = 3;

    private final QuestionnaireStore store;

    QuestionnaireReminders(QuestionnaireStore store) {
        this.store = store;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        for (Row row : store.toFollow(organizationId, today)) {
            Questionnaire q = row.questionnaire();
            boolean waiting = q.status() == QuestionnaireStatus.SENT
                    || q.status() == QuestionnaireStatus.OPENED
                    || q.status() == QuestionnaireStatus.REOPENED;
            if (!waiting) {
                continue;
            }
            List<String> arguments =
                    List.of(row.providerName(), row.contactName(), q.dueOn().toString());
            String path = "/questionnaires/" + q.id();
            if (today.isAfter(q.dueOn())) {
                reminders.add(new Reminder(
                        "questionnaire:" + q.id() + ":overdue:" + q.dueOn(),
                        Set.of(q.sentBy()),
                        "questionnaire.reminder.overdue",
                        arguments,
                        path));
            } else if (!today.plusDays(DAYS_BEFORE).isBefore(q.dueOn())) {
                reminders.add(new Reminder(
                        "questionnaire:" + q.id() + ":due-soon:" + q.dueOn(),
                        Set.of(q.sentBy()),
                        "questionnaire.reminder.dueSoon",
                        arguments,
                        path));
            }
        }
        return reminders;
    }
}
