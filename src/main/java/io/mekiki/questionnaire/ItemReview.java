package io.mekiki.questionnaire;

/** What a risk officer made of a provider statement. */
public enum ItemReview {
    /** Taken as the assessment's answer. */
    ACCEPTED,
    /** Sent back to the provider with a comment: the item is open again on the link. */
    QUESTIONED,
    /** Replaced by the risk officer's own answer. */
    OVERRIDDEN;

    public String messageKey() {
        return "questionnaire.review." + name();
    }
}
