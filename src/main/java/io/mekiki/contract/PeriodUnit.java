package io.mekiki.contract;

/** The unit of a notice period: calendar days or calendar months. */
public enum PeriodUnit {
    DAYS,
    MONTHS;

    public String messageKey() {
        return "contract.unit." + name();
    }
}
