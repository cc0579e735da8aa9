package io.mekiki.notification;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of a letter handed to {@link Mail#send(Letter)}.
 *
 * @param mailId the mail's row in the mail log (subject, recipient, status; never the body)
 * @param status whether it goes out
 */
public record MailOutcome(@Nullable UUID mailId, Status status) {

    public enum Status {
        /** It is sent once the current transaction commits (at once without one). */
        QUEUED,
        /** No SMTP server is configured: nothing is sent; show the link to copy by hand. */
        NOT_CONFIGURED,
        /** The recipient switched this category off. */
        SWITCHED_OFF
    }

    /** Whether the mail goes out; when not, a page shows the link to copy by hand. */
    public boolean queued() {
        return status == Status.QUEUED;
    }
}
