package io.mekiki.operation;

/** What kind of contingency (不測事態) an executive opened; the label is {@code contingency.kind.<NAME>}. */
public enum ContingencyKind {
    WIDE_AREA_DISASTER,
    LARGE_DATA_LEAK,
    PROLONGED_OUTAGE,
    PROVIDER_FAILURE,
    OTHER;

    public String messageKey() {
        return "contingency.kind." + name();
    }
}
