package io.mekiki.contract;

/** What a contract's price is charged for: once, per month or per year. */
public enum PricePeriod {
    ONE_TIME,
    MONTH,
    YEAR;

    public String messageKey() {
        return "contract.pricePeriod." + name();
    }
}
