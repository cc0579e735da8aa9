package io.mekiki.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.mekiki.identity.IdentitySettings;
import io.mekiki.notification.internal.MailDelivery;
import io.mekiki.notification.internal.MailLog;
import io.mekiki.notification.internal.MailPreferenceStore;
import io.mekiki.notification.internal.MailRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

/** Without an SMTP server, or for a category switched off, nothing is handed to the SMTP sender. */
class MailWithoutSmtpTests {

    private final MailLog log = mock(MailLog.class);
    private final MailDelivery delivery = mock(MailDelivery.class);
    private final MailPreferenceStore preferences = mock(MailPreferenceStore.class);
    private final Mail mail = new Mail(
            new MailRenderer(messages()),
            log,
            delivery,
            preferences,
            new IdentitySettings("https://mekiki.example.co.jp/", Duration.ofDays(7), null),
            new MockEnvironment());

    @Test
    void withoutSmtpTheOutcomeSaysSoAndTheLogRecordsIt() {
        UUID row = UUID.randomUUID();
        when(delivery.configured()).thenReturn(false);
        when(log.record(any(), eq("You are invited to Mekiki at ACME"), eq(MailLog.Status.NOT_CONFIGURED)))
                .thenReturn(row);

        MailOutcome outcome = mail.send(invitation(null));

        assertThat(outcome).isEqualTo(new MailOutcome(row, MailOutcome.Status.NOT_CONFIGURED));
        assertThat(outcome.queued()).isFalse();
        verify(delivery, never()).deliverLater(any(), any(), any());
        assertThat(mail.link("/activate?token=x")).isEqualTo("https://mekiki.example.co.jp/activate?token=x");
    }

    @Test
    void aSwitchedOffCategoryIsNotSentButSecurityMailIs() {
        UUID reader = UUID.randomUUID();
        when(delivery.configured()).thenReturn(true);
        when(preferences.isSwitchedOff(reader, MailCategory.REMINDERS)).thenReturn(true);
        when(preferences.isSwitchedOff(reader, MailCategory.SECURITY)).thenReturn(true);

        MailOutcome reminder = mail.send(new Letter(
                "a@example.test",
                reader,
                Locale.ENGLISH,
                MailCategory.REMINDERS,
                "notice",
                Map.of(
                        "subjectArguments",
                        List.of("Due"),
                        "displayName",
                        "A",
                        "sentence",
                        "Due",
                        "link",
                        "https://mekiki.example.co.jp/")));
        MailOutcome security = mail.send(invitation(reader));

        assertThat(reminder.status()).isEqualTo(MailOutcome.Status.SWITCHED_OFF);
        assertThat(security.status()).isEqualTo(MailOutcome.Status.QUEUED);
        verify(delivery).deliverLater(any(), eq("a@example.test"), any());
        verify(log).record(any(), eq("[Mekiki] Due"), eq(MailLog.Status.SWITCHED_OFF));
    }

    private static Letter invitation(UUID userId) {
        return new Letter(
                "a@example.test",
                userId,
                Locale.ENGLISH,
                MailCategory.SECURITY,
                "user-invited",
                Map.of(
                        "subjectArguments",
                        List.of("ACME"),
                        "displayName",
                        "A",
                        "organizationName",
                        "ACME",
                        "link",
                        "https://mekiki.example.co.jp/activate?token=x",
                        "validUntil",
                        "2026-12-10"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
