package io.mekiki.operation;

/**
 * Where a yearly supervision review stands (ADR 038): due (opened, nothing written yet), in progress (the risk
 * officer's assessment saved), submitted (the year's figures frozen, the executive's approval requested),
 * approved (the executive approved the supervision of the year), decided (the executive decided the
 * continuation).
 */
public enum SupervisionReviewStatus {
    DUE,
    IN_PROGRESS,
    SUBMITTED,
    APPROVED,
    DECIDED;

    /** Whether the risk officer may still write the assessment. */
    public boolean open() {
        return this == DUE || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "review.status." + name();
    }
}
