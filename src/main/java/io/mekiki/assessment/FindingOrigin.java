package io.mekiki.assessment;

/** How a finding came about: raised on a gap of a blocking item when it was answered, or by hand. */
public enum FindingOrigin {
    AUTOMATIC,
    MANUAL;

    public String messageKey() {
        return "finding.origin." + name();
    }
}
