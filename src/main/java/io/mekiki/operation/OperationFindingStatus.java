package io.mekiki.operation;

/** Where the handling of an operation finding stands. */
public enum OperationFindingStatus {
    OPEN,
    /** The countermeasure (corrective action, 是正措置) is planned with an owner and a due date. */
    COUNTERMEASURE_PLANNED,
    /** The countermeasure is done, waiting to be confirmed. */
    DONE,
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "operationFinding.status." + name();
    }
}
