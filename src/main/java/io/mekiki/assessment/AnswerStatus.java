package io.mekiki.assessment;

/** How a candidate stands on a check item. */
public enum AnswerStatus {
    MEETS,
    PARTLY,
    DOES_NOT_MEET,
    /** Needs a reason. */
    NOT_APPLICABLE,
    UNKNOWN;

    /** A gap: the item is not met, met in part, or not known. */
    public boolean gap() {
        return this == PARTLY || this == DOES_NOT_MEET || this == UNKNOWN;
    }

    public String messageKey() {
        return "assessment.status." + name();
    }
}
