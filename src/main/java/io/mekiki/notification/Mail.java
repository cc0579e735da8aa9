package io.mekiki.notification;

import io.mekiki.identity.IdentitySettings;
import io.mekiki.notification.internal.MailDelivery;
import io.mekiki.notification.internal.MailLog;
import io.mekiki.notification.internal.MailPreferenceStore;
import io.mekiki.notification.internal.MailRenderer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail (ADR 043). A letter is rendered at once in its recipient's language (so that a missing
 * template or message fails the caller's change, not the mail later), written to the mail log without its
 * body, and handed to the SMTP server after the current transaction commits; a rolled back change sends
 * nothing. SMTP trouble is logged and recorded in the mail log, never thrown. Without an SMTP server, or
 * when the recipient switched the category off, nothing is sent and the outcome says so.
 */
@Service
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final MailRenderer renderer;
    private final MailLog mailLog;
    private final MailDelivery delivery;
    private final MailPreferenceStore preferences;
    private final IdentitySettings identity;
    private final Environment environment;

    Mail(
            MailRenderer renderer,
            MailLog mailLog,
            MailDelivery delivery,
            MailPreferenceStore preferences,
            IdentitySettings identity,
            Environment environment) {
        this.renderer = renderer;
        this.mailLog = mailLog;
        this.delivery = delivery;
        this.preferences = preferences;
        this.identity = identity;
        this.environment = environment;
    }

    /** Renders the letter and sends it after the current transaction commits (at once without one). */
    public MailOutcome send(Letter letter) {
        if (letter.recipientUserId() != null
                && letter.category().optional()
                && preferences.isSwitchedOff(letter.recipientUserId(), letter.category())) {
            UUID id = mailLog.record(letter, renderer.subject(letter), MailLog.Status.SWITCHED_OFF);
            return new MailOutcome(id, MailOutcome.Status.SWITCHED_OFF);
        }
        MailRenderer.Rendered rendered = renderer.render(letter, publicUrl());
        if (!delivery.configured()) {
            UUID id = mailLog.record(letter, rendered.subject(), MailLog.Status.NOT_CONFIGURED);
            return new MailOutcome(id, MailOutcome.Status.NOT_CONFIGURED);
        }
        UUID id = mailLog.record(letter, rendered.subject(), MailLog.Status.QUEUED);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliverLater(id, letter.to(), rendered);
                }
            });
        } else {
            delivery.deliverLater(id, letter.to(), rendered);
        }
        log.debug("mail {} ({}) queued", id, letter.template());
        return new MailOutcome(id, MailOutcome.Status.QUEUED);
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return delivery.configured();
    }

    /** The absolute address of a page of Mekiki, e.g. {@code link("/instructions/…")}. */
    public String link(String path) {
        return publicUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Mekiki's public address without a trailing slash (mekiki.identity.public-url, else localhost). */
    public String publicUrl() {
        String configured = identity.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
