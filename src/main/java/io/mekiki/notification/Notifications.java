package io.mekiki.notification;

import io.mekiki.notification.internal.BellStore;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bell: a person's notifications, read or not (ADR 043). Each person sees only their own. */
@Service
public class Notifications {

    /** The most notifications a list shows. */
    public static final int LIST_LIMIT = 100;

    private final BellStore store;

    Notifications(BellStore store) {
        this.store = store;
    }

    /** Adds a notification for a person; it joins the caller's transaction. */
    @Transactional
    public UUID notify(
            UUID organizationId,
            UUID userId,
            MailCategory category,
            String messageKey,
            List<String> arguments,
            String path) {
        return store.add(organizationId, userId, category, messageKey, arguments, path);
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(SignedInUser reader, boolean unreadOnly) {
        return store.of(reader.organizationId(), reader.userId(), unreadOnly, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public int unread(SignedInUser reader) {
        return store.unread(reader.organizationId(), reader.userId());
    }

    @Transactional(readOnly = true)
    public Notification one(SignedInUser reader, UUID id) {
        return store.one(reader.organizationId(), reader.userId(), id)
                .orElseThrow(() -> new NotFoundException("notification", id));
    }

    /** Marks one of the reader's notifications read; another person's (or none) is not found. */
    @Transactional
    public Notification markRead(SignedInUser reader, UUID id) {
        Notification notification = one(reader, id);
        store.markRead(reader.userId(), List.of(id));
        return store.one(reader.organizationId(), reader.userId(), id).orElse(notification);
    }

    /** Marks all the reader's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(SignedInUser reader) {
        return store.markAllRead(reader.organizationId(), reader.userId());
    }
}
