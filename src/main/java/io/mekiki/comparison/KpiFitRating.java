package io.mekiki.comparison;

/** How well a column (a candidate or keeping it in-house) serves one KPI of the initiative. */
public enum KpiFitRating {
    FITS,
    PARTLY,
    DOES_NOT_FIT,
    UNKNOWN;

    public String messageKey() {
        return "comparison.fit." + name();
    }
}
