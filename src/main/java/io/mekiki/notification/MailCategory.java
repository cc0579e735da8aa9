package io.mekiki.notification;

/**
 * What a mail is about. A person can switch every category off in their account except {@link #SECURITY}:
 * activation links, password and sign-in matters always arrive.
 */
public enum MailCategory {
    /** Activation links and other matters of the account's safety: never switched off. */
    SECURITY,
    INVITATIONS,
    QUESTIONNAIRES,
    INSTRUCTIONS,
    REPORTS,
    DECISIONS,
    REMINDERS;

    /** Whether a person may switch this category off. */
    public boolean optional() {
        return this != SECURITY;
    }

    /** The message key of the category's name. */
    public String labelKey() {
        return "notification.category." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
