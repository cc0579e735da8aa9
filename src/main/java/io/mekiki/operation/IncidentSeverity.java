package io.mekiki.operation;

/** How badly the incident hurts the business. */
public enum IncidentSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String messageKey() {
        return "incident.severity." + name();
    }
}
