package io.mekiki.scoping.web;

import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.Section;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A scoping result as the page shows it: the applicable sections grouped in the order of the guide's
 * reading guide, each with its reasons and items, then the sections that do not apply with the reason.
 */
record ScopingReport(
        String catalogRelease, int sectionCount, int itemCount, List<Group> groups, List<Exclusion> notApplicable) {

    /** How the guide's reading guide leads through the checks: chapter 2, then 3.1, 3.2, 3.3, then assurance. */
    enum ReadingGroup {
        LIFECYCLE(EnumSet.of(Section.LIFECYCLE)),
        LEGAL(EnumSet.of(
                Section.TRADE_SECRET,
                Section.INTERNAL_CONTROL,
                Section.PERSONAL_DATA,
                Section.TECHNOLOGY_EXPORT,
                Section.TAX_RECORDS,
                Section.CRITICAL_INFRASTRUCTURE,
                Section.SECTOR)),
        OVERSEAS(EnumSet.of(Section.OVERSEAS)),
        CONTRACT(EnumSet.of(Section.RESPONSIBILITY_SPLIT, Section.MISALIGNMENT)),
        ASSURANCE(EnumSet.of(Section.ASSURANCE));

        private final Set<Section> sections;

        ReadingGroup(Set<Section> sections) {
            this.sections = sections;
        }

        Set<Section> sections() {
            return sections;
        }

        static ReadingGroup of(Section section) {
            for (ReadingGroup group : values()) {
                if (group.sections.contains(section)) {
                    return group;
                }
            }
            throw new IllegalArgumentException("No reading group for " + section);
        }

        public String messageKey() {
            return "scoping.group." + name();
        }
    }

    /** One reading group with the sections of it that apply (possibly none). */
    record Group(ReadingGroup group, List<Block> sections) {
        public String messageKey() {
            return group.messageKey();
        }
    }

    /**
     * An applicable section.
     *
     * @param catalogueItems how many items the section has in the release, applicable or not
     */
    record Block(Section section, String title, List<String> reasons, List<ItemLine> items, long catalogueItems) {
        public String code() {
            return section.name();
        }

        public String guideChapter() {
            return section.guideChapter();
        }
    }

    /**
     * An applicable item.
     *
     * @param ownReasons the reasons the item adds to those of its section
     */
    record ItemLine(
            String id,
            String title,
            String question,
            String phaseKey,
            int weight,
            Confidence confidence,
            List<String> legalBasis,
            List<String> ownReasons) {}

    /** A section that does not apply, and why not. */
    record Exclusion(Section section, String title, List<String> reasons) {
        public String code() {
            return section.name();
        }

        public String guideChapter() {
            return section.guideChapter();
        }
    }
}
