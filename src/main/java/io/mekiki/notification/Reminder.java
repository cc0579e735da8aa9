package io.mekiki.notification;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A date coming due that people should hear about, once. The sentence is the message {@code messageKey}
 * with {@code arguments} (names, ISO dates: the same in every language), shown in the bell and mailed in
 * each recipient's language with a link to {@code path}.
 *
 * @param key what is due and when, unique for the reminder (e.g. {@code instruction:<id>:overdue:<due date>}):
 *     each recipient hears of one key once, whichever instance and however often the reminders run
 * @param recipients the users to remind
 * @param messageKey the sentence, e.g. {@code notification.reminder.instruction.overdue}
 * @param arguments its arguments
 * @param path the page of Mekiki the reminder leads to, e.g. {@code /instructions/<id>}
 */
public record Reminder(String key, Set<UUID> recipients, String messageKey, List<String> arguments, String path) {

    public Reminder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(path, "path");
        recipients = Set.copyOf(recipients);
        arguments = List.copyOf(arguments);
    }
}
