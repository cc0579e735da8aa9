package io.mekiki.operation;

/** How much a finding matters; a SIGNIFICANT one needs an executive decision on its response. */
public enum OperationFindingSignificance {
    MINOR,
    MODERATE,
    SIGNIFICANT;

    public String messageKey() {
        return "operationFinding.significance." + name();
    }
}
