package io.mekiki.notification.internal;

import io.mekiki.notification.MailSettings;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands rendered mails to the SMTP server on a small thread pool of its own, so that a slow or absent
 * server never holds a page or a transaction; the outcome is written to the mail log. SMTP trouble is
 * logged and recorded, never thrown.
 */
@Component
public class MailDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailSettings settings;
    private final MailLog mailLog;
    private final @Nullable JavaMailSenderImpl sender;
    private final ExecutorService executor;

    MailDelivery(MailSettings settings, MailLog mailLog) {
        this.settings = settings;
        this.mailLog = mailLog;
        this.sender = settings.smtp().configured() ? sender(settings.smtp()) : null;
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mekiki-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    public boolean configured() {
        return sender != null;
    }

    /** Sends on the mail threads; returns at once. */
    public void deliverLater(UUID mailId, String to, MailRenderer.Rendered mail) {
        executor.execute(() -> deliver(mailId, to, mail));
    }

    void deliver(UUID mailId, String to, MailRenderer.Rendered mail) {
        if (sender == null) {
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
            mailLog.sent(mailId);
        } catch (Exception | LinkageError e) {
            log.warn("mail {} to the SMTP server failed: {}", mailId, e.toString());
            try {
                mailLog.failed(mailId, e.toString());
            } catch (RuntimeException logFailure) {
                log.warn("mail {}: its failure could not be recorded: {}", mailId, logFailure.toString());
            }
        }
    }

    private static JavaMailSenderImpl sender(MailSettings.Smtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        Properties properties = sender.getJavaMailProperties();
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        properties.put(
                "mail." + protocol + ".auth",
                String.valueOf(smtp.username() != null && !smtp.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(smtp.timeoutMillis()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(smtp.timeoutMillis()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(smtp.timeoutMillis()));
        return sender;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
