package io.mekiki.exit;

/** Where a data set of the exit plan stands, by its latest return. */
public enum DataSetState {
    NOT_RETURNED,
    INCOMPLETE,
    COMPLETE;

    public String messageKey() {
        return "exit.dataSetState." + name();
    }
}
