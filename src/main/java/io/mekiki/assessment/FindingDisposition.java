package io.mekiki.assessment;

/** What is done about a finding (ADR 030). */
public enum FindingDisposition {
    /** The gap is borne: counts only once an executive approved a decision on the finding. */
    ACCEPT,
    /** An action, its owner and due date; counts once marked done. */
    MITIGATE,
    /** The candidate is withdrawn, with the finding as the reason. */
    EXCLUDE;

    public String messageKey() {
        return "finding.disposition." + name();
    }
}
