package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import org.springframework.data.relational.core.mapping.Table;

/** A catalogue section the initiative's current scoping includes; kept apart so that lists can filter by it. */
@Table("initiative_section")
record ApplicableSection(Section section) {}
