package io.mekiki.identity.web;

import io.mekiki.identity.ActivationMail;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.UserAccount;
import io.mekiki.identity.UserAdministration;
import io.mekiki.identity.UserAdministration.Invitation;
import io.mekiki.shared.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Mails an activation link when a mail module is present and configured (ADR 043); the link is shown to
 * the administrator as well, whatever becomes of the mail.
 */
@Component
class ActivationMailer {

    private static final Logger log = LoggerFactory.getLogger(ActivationMailer.class);

    private final ObjectProvider<ActivationMail> mail;
    private final UserAdministration administration;
    private final MyAccount accounts;

    ActivationMailer(ObjectProvider<ActivationMail> mail, UserAdministration administration, MyAccount accounts) {
        this.mail = mail;
        this.administration = administration;
        this.accounts = accounts;
    }

    /** True when a mail with the link goes out. */
    boolean mail(SignedInUser admin, Invitation invitation, String url, ActivationMail.Reason reason) {
        ActivationMail sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            UserAccount user = administration.user(admin, invitation.userId());
            return sender.send(new ActivationMail.ActivationLetter(
                    admin.organizationId(),
                    accounts.organizationName(admin),
                    user.id(),
                    user.email(),
                    user.displayName(),
                    user.language(),
                    url,
                    invitation.expiresAt(),
                    reason));
        } catch (RuntimeException e) {
            log.warn("the activation link of user {} could not be mailed: {}", invitation.userId(), e.toString());
            return false;
        }
    }
}
