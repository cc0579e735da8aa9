package io.mekiki.initiative;

import org.springframework.data.relational.core.mapping.Table;

/** A candidate country for the data, ISO 3166-1 alpha-2. */
@Table("initiative_data_location")
record DataLocation(String country) {}
