package io.mekiki.operation;

/** Whether a contingency is being handled or closed with its review; the label is {@code contingency.status.<NAME>}. */
public enum ContingencyStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "contingency.status." + name();
    }
}
