package io.mekiki.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notification in a person's bell. Its sentence is the message {@code messageKey} with {@code arguments},
 * shown in the reader's language.
 */
public record Notification(
        UUID id,
        MailCategory category,
        String messageKey,
        List<String> arguments,
        String path,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
