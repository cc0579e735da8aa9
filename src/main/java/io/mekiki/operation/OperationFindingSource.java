package io.mekiki.operation;

/** Where an operation finding came from. */
public enum OperationFindingSource {
    /** Raised automatically when an SLA metric's period closed below its target. */
    SLA_BREACH,
    /** Raised from an incident. */
    INCIDENT,
    /** Raised by hand from monitoring. */
    MONITORING;

    public String messageKey() {
        return "operationFinding.source." + name();
    }
}
