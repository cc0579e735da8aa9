package io.mekiki.questionnaire;

/** Where a questionnaire stands for the provider. */
public enum QuestionnaireStatus {
    /** Sent; the link was not opened yet. */
    SENT,
    /** The provider opened the link (and may have saved drafts). */
    OPENED,
    /** The provider submitted; the link is read-only. */
    SUBMITTED,
    /** The risk officer questioned submitted items: the link is open again for those items. */
    REOPENED,
    /** Revoked by the organisation; the link answers nothing. */
    REVOKED,
    /** Past its due date and the organisation's grace period without submission; the link answers nothing. */
    EXPIRED;

    /** Whether the provider may still change answers (of some items). */
    public boolean open() {
        return this == SENT || this == OPENED || this == REOPENED;
    }

    public String messageKey() {
        return "questionnaire.status." + name();
    }
}
