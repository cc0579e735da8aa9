package io.mekiki.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.mekiki.ApplicationTest;
import io.mekiki.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The application with its real SMTP server in the test JVM ({@link TestSmtp}, which every test context uses),
 * and ways to read the mails received; tests tell their mails apart by their recipients' addresses.
 */
public abstract class MailTest extends ApplicationTest {

    protected static final GreenMail SMTP = TestSmtp.SERVER;

    /** The mails received for this address, waiting up to ten seconds for {@code expected} of them. */
    protected static List<MimeMessage> mailsTo(String address, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < deadline) {
            found = received(address);
            if (found.size() >= expected) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }

    /** The mails received so far for this address. */
    protected static List<MimeMessage> received(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The first part of this type (text/plain, text/html) anywhere in the mail, decoded. */
    protected static String part(MimeMessage message, String type) {
        try {
            String found = part(message.getContent(), message.getContentType(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part in the mail");
            }
            return found;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Object content, String contentType, String type)
            throws IOException, jakarta.mail.MessagingException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart body = multipart.getBodyPart(i);
                String found = part(body.getContent(), body.getContentType(), type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return content instanceof String text && contentType.toLowerCase().startsWith(type) ? text : null;
    }
}
