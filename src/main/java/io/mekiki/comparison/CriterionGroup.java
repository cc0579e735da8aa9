package io.mekiki.comparison;

/** The groups of selection criteria: the guide's four, and cost. */
public enum CriterionGroup {
    /** 事業者の健全性: the provider's finances, track record, continuity. */
    BUSINESS_HEALTH,
    SERVICE_LEVEL,
    INFORMATION_SECURITY,
    TERMS_OF_USE,
    COST;

    public String messageKey() {
        return "comparison.group." + name();
    }
}
