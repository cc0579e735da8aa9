package io.mekiki.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Mails a person their activation link (ADR 043). Identity hands the link over only in memory: the token is
 * never in an event nor stored in plain text. Implemented by the notification module; without an
 * implementation (or without an SMTP server) the administrator hands the link over as before.
 */
public interface ActivationMail {

    /** Why the person gets a link. */
    enum Reason {
        /** A new user was invited. */
        INVITED,
        /** A new activation link, or a password reset. */
        NEW_LINK
    }

    /**
     * The letter of one link.
     *
     * @param url the activation link with its one-time token
     */
    record ActivationLetter(
            UUID organizationId,
            String organizationName,
            UUID userId,
            String email,
            String displayName,
            Locale language,
            String url,
            Instant expiresAt,
            Reason reason) {}

    /** Sends the link; true when a mail goes out, false when the administrator must hand it over. */
    boolean send(ActivationLetter letter);
}
