package io.mekiki.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One mail to one recipient. The subject comes from the message key {@code mail.<template>.subject} (its
 * arguments from the model entry {@code subjectArguments}, a list), the body from the Thymeleaf templates
 * {@code templates/mail/<template>.txt} and {@code .html}, all rendered in {@code locale}. The model also
 * receives {@code publicUrl}, Mekiki's address for links ({@link Mail#link(String)} builds one).
 *
 * @param to the recipient's address
 * @param recipientUserId the recipient's user id, whose preferences apply; null for people outside Mekiki
 *     (a provider's contact), who always receive their mail
 * @param locale the language of the mail: the recipient's stored language
 * @param category what the mail is about; decides whether the recipient has switched it off
 * @param template the template's name, e.g. {@code user-invited}
 * @param model the values the templates show
 */
public record Letter(
        String to,
        @Nullable UUID recipientUserId,
        Locale locale,
        MailCategory category,
        String template,
        Map<String, ?> model) {

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(template, "template");
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("template names are lower case words with dashes: " + template);
        }
        model = model == null ? Map.of() : Map.copyOf(model);
    }
}
