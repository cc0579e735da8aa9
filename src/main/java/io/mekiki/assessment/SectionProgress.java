package io.mekiki.assessment;

import io.mekiki.catalog.Section;

/** How far the assessment of one section has come: items answered of those that apply, and the gaps. */
public record SectionProgress(Section section, int answered, int total, int gaps) {

    public boolean complete() {
        return answered == total;
    }
}
