package io.mekiki.questionnaire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.mekiki.notification.Reminder;
import io.mekiki.questionnaire.Questionnaire;
import io.mekiki.questionnaire.QuestionnaireStatus;
import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuestionnaireRemindersTests {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID SENDER = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void theSenderHearsOfAQuestionnaireDueWithinThreeDaysAndOfAnOverdueOneOncePerDueDate() {
        Row soon = row(TODAY.plusDays(3), QuestionnaireStatus.OPENED);
        Row later = row(TODAY.plusDays(4), QuestionnaireStatus.SENT);
        Row overdue = row(TODAY.minusDays(1), QuestionnaireStatus.REOPENED);
        Row submitted = row(TODAY.minusDays(1), QuestionnaireStatus.SUBMITTED);
        Row expired = row(TODAY.minusDays(10), QuestionnaireStatus.EXPIRED);
        QuestionnaireStore store = mock(QuestionnaireStore.class);
        when(store.toFollow(ORG, TODAY)).thenReturn(List.of(soon, later, overdue, submitted, expired));

        List<Reminder> due = new QuestionnaireReminders(store).due(ORG, TODAY);

        assertThat(due)
                .extracting(Reminder::key)
                .containsExactly(
                        "questionnaire:" + soon.questionnaire().id() + ":due-soon:" + TODAY.plusDays(3),
                        "questionnaire:" + overdue.questionnaire().id() + ":overdue:" + TODAY.minusDays(1));
        assertThat(due).allSatisfy(reminder -> {
            assertThat(reminder.recipients()).isEqualTo(Set.of(SENDER));
            assertThat(reminder.path()).startsWith("/questionnaires/");
            assertThat(reminder.arguments()).startsWith("Provider", "Contact");
        });
        assertThat(due.get(1).messageKey()).isEqualTo("questionnaire.reminder.overdue");
    }

    private static Row row(LocalDate dueOn, QuestionnaireStatus status) {
        return new Row(
                new Questionnaire(
                        UUID.randomUUID(),
                        ORG,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "ja",
                        List.of("LC-01"),
                        dueOn,
                        dueOn.plusDays(7),
                        null,
                        status,
                        SENDER,
                        Instant.EPOCH,
                        null,
                        null,
                        null,
                        1),
                "2026.2",
                "Contact",
                "contact@provider.example",
                "Provider");
    }
}
