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
    /** Designated operators of critical infrastructure (経済安全保障推進法, サイバー対処能力強化法); rule set 2. */
    CRITICAL_INFRASTRUCTURE("CI", "3.1(2)"),
    /** Rules of the organisation's sector (finance, medical, telecommunications, …); rule set 2. */
    SECTOR("SEC", "3.1(2)"),
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

    /**
     * The first scoping rule set that knows this section: the sections added with rule set 2 never
     * apply under rule set 1 and are not listed in its results at all.
     */
    public int sinceScopingRules() {
        return this == CRITICAL_INFRASTRUCTURE || this == SECTOR ? 2 : 1;
    }

    /** The sections a rule set decides on, in reading order. */
    public static java.util.List<Section> knownTo(int scopingRules) {
        return java.util.Arrays.stream(values())
                .filter(section -> section.sinceScopingRules() <= scopingRules)
                .toList();
    }

    /** Sections that apply to every cloud use, whatever is stored where. */
    public boolean alwaysApplies() {
        return this == LIFECYCLE || this == RESPONSIBILITY_SPLIT || this == MISALIGNMENT || this == ASSURANCE;
    }
}
