package io.mekiki.catalog;

/**
 * The sections of the catalogue, in the order of the guide's reading flow: the life-cycle items of
 * chapter 2, the legal sections of chapter 3.1, overseas (3.2), then the contract points of 3.3 and
 * third-party assurance.
 */
public enum Section {
    LIFECYCLE("LC", "2"),
    TRADE_SECRET("TS", "3.1(1)"),
    INTERNAL_CONTROL("IC", "3.1(2)a"),
    PERSONAL_DATA("PD", "3.1(2)b"),
    TECHNOLOGY_EXPORT("EX", "3.1(2)c"),
    TAX_RECORDS("TAX", "3.1(2)d"),
    OVERSEAS("OS", "3.2"),
    RESPONSIBILITY_SPLIT("RS", "3.3(1)"),
    MISALIGNMENT("MA", "3.3(2)"),
    ASSURANCE("AS", "3");

    private final String idPrefix;
    private final String guideChapter;

    Section(String idPrefix, String guideChapter) {
        this.idPrefix = idPrefix;
        this.guideChapter = guideChapter;
    }

    /** The prefix of the ids of this section's items, e.g. {@code PD} for {@code PD-FOREIGN-01}. */
    public String idPrefix() {
        return idPrefix;
    }

    /** Where the guide treats this section. */
    public String guideChapter() {
        return guideChapter;
    }

    public String messageKey() {
        return "section." + name();
    }

    /** Sections that apply to every cloud use, whatever is stored where. */
    public boolean alwaysApplies() {
        return this == LIFECYCLE || this == RESPONSIBILITY_SPLIT || this == MISALIGNMENT || this == ASSURANCE;
    }
}
