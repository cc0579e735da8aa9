package io.mekiki.catalog;

/** The seven risks of cloud use that the guide names. */
public enum CloudRisk {
    GOVERNANCE_LOSS,
    COMPLIANCE_VIOLATION,
    SUBCONTRACTING,
    SUDDEN_TERMINATION,
    LOCK_IN,
    INCOMPLETE_DELETION,
    OVERSEAS_DATA
}
