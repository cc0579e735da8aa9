package io.mekiki.notification.internal;

import io.mekiki.identity.ActivationMail;
import io.mekiki.notification.Letter;
import io.mekiki.notification.Mail;
import io.mekiki.notification.MailCategory;
import io.mekiki.shared.OrganizationTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mails activation links (invitations, new links, password resets) as security mail, which nobody can
 * switch off (ADR 043). The link lives only in the mail: the mail log keeps no body.
 */
@Component
class ActivationMails implements ActivationMail {

    private static final DateTimeFormatter VALID_UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Mail mail;
    private final OrganizationTime time;

    ActivationMails(Mail mail, OrganizationTime time) {
        this.mail = mail;
        this.time = time;
    }

    @Override
    public boolean send(ActivationLetter letter) {
        return mail.send(new Letter(
                        letter.email(),
                        letter.userId(),
                        letter.language(),
                        MailCategory.SECURITY,
                        letter.reason() == Reason.INVITED ? "user-invited" : "user-activation",
                        Map.of(
                                "subjectArguments",
                                List.of(letter.organizationName()),
                                "displayName",
                                letter.displayName(),
                                "organizationName",
                                letter.organizationName(),
                                "link",
                                letter.url(),
                                "validUntil",
                                VALID_UNTIL.format(letter.expiresAt().atZone(time.zoneOf(letter.organizationId()))))))
                .queued();
    }
}
