package io.mekiki.profile;

import io.mekiki.shared.Sector;
import org.springframework.data.relational.core.mapping.Table;

@Table("profile_sector")
record SectorMembership(Sector sector) {}
