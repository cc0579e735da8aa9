package io.mekiki.notification.internal;

import io.mekiki.identity.Members;
import io.mekiki.notification.Letter;
import io.mekiki.notification.Mail;
import io.mekiki.notification.MailCategory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a person of the organisation something: a notification in their bell and a mail in their
 * language (template {@code notice}: the sentence and a link to the page), inside the caller's transaction.
 */
@Component
public class Messenger {

    private final BellStore bell;
    private final Mail mail;
    private final Members members;
    private final MessageSource messages;

    Messenger(BellStore bell, Mail mail, Members members, MessageSource messages) {
        this.bell = bell;
        this.mail = mail;
        this.members = members;
        this.messages = messages;
    }

    /** False when the person is not an active member of the organisation (nothing is done). */
    public boolean tell(
            UUID organizationId,
            UUID userId,
            MailCategory category,
            String messageKey,
            List<String> arguments,
            String path) {
        Optional<Members.Member> member = members.member(organizationId, userId);
        if (member.isEmpty() || !member.get().active()) {
            return false;
        }
        bell.add(organizationId, userId, category, messageKey, arguments, path);
        Locale locale = members.languages(organizationId, List.of(userId)).getOrDefault(userId, Locale.JAPANESE);
        String sentence = messages.getMessage(messageKey, arguments.toArray(), locale);
        mail.send(new Letter(
                member.get().email(),
                userId,
                locale,
                category,
                "notice",
                Map.of(
                        "subjectArguments", List.of(sentence),
                        "displayName", member.get().displayName(),
                        "sentence", sentence,
                        "link", mail.link(path))));
        return true;
    }

    /** Whether the person is an active member of the organisation. */
    public boolean active(UUID organizationId, UUID userId) {
        return members.member(organizationId, userId)
                .map(Members.Member::active)
                .orElse(false);
    }
}
