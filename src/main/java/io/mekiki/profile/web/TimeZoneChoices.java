package io.mekiki.profile.web;

import java.time.ZoneId;
import java.util.List;

/** The zones offered on the profile page: every region-based IANA id, sorted, so that any office fits. */
final class TimeZoneChoices {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZoneChoices() {}
}
