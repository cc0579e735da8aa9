package io.mekiki.operation;

/** An incident is open while it is handled, then closed with a summary. */
public enum IncidentStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "incident.status." + name();
    }
}
