package io.mekiki.assessment;

/** Where a finding stands, from its disposition, the decision on it and its answer (ADR 030). */
public enum FindingStanding {
    /** No disposition yet. */
    OPEN(true),
    /** To be accepted: no approved, current executive decision on it yet. */
    ACCEPTANCE_PENDING(true),
    /** Accepted by an approved executive decision whose basis is still current. */
    ACCEPTED(false),
    /** A mitigation is planned, not done yet. */
    MITIGATION_PLANNED(true),
    MITIGATED(false),
    /** The candidate was withdrawn. */
    EXCLUDED(false),
    /** The answer now meets or does not apply: kept as history. */
    RESOLVED(false);

    private final boolean open;

    FindingStanding(boolean open) {
        this.open = open;
    }

    /** Whether something still has to be done about the finding. */
    public boolean open() {
        return open;
    }

    public String messageKey() {
        return "finding.standing." + name();
    }
}
