package io.mekiki.operation;

/** What the executive decided at the end of a year of supervision (ADR 038). */
public enum ContinuationOutcome {
    /** Another year of use. */
    CONTINUE,
    /** Another year of use, with follow-up items the decision lists. */
    CONTINUE_WITH_CONDITIONS,
    /** End the use: the exit starts. */
    END;

    public String messageKey() {
        return "review.outcome." + name();
    }
}
