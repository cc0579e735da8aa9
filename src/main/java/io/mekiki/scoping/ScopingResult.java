package io.mekiki.scoping;

import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import java.util.List;

/**
 * Which sections and items apply, each with its reasons, and which sections do not, with the reason.
 *
 * @param catalogRelease the id of the catalogue release the result was computed with
 */
public record ScopingResult(
        String catalogRelease,
        List<SectionVerdict> sections,
        List<ItemVerdict> items,
        List<SectionVerdict> notApplicable) {

    public ScopingResult {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        notApplicable = List.copyOf(notApplicable);
    }

    public List<ItemVerdict> itemsOf(Section section) {
        return items.stream()
                .filter(verdict -> verdict.item().section() == section)
                .toList();
    }

    public record SectionVerdict(Section section, List<Reason> reasons) {
        public SectionVerdict {
            reasons = List.copyOf(reasons);
        }
    }

    public record ItemVerdict(CheckItem item, List<Reason> reasons) {
        public ItemVerdict {
            reasons = List.copyOf(reasons);
        }
    }
}
