package io.mekiki.assessment;

import io.mekiki.catalog.Section;

/**
 * How far the assessment of one section has come: items answered of those that apply, and the gaps.
 * Derived answers waiting for confirmation or marked for review are not answered; {@code waiting} counts them.
 */
public record SectionProgress(Section section, int answered, int total, int gaps, int waiting) {

    public SectionProgress(Section section, int answered, int total, int gaps) {
        this(section, answered, total, gaps, 0);
    }

    public boolean complete() {
        return answered == total;
    }
}
