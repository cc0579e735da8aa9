package io.mekiki.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The time zone an organisation lives in (set on its profile, Asia/Tokyo unless changed): every time
 * shown to its people is in this zone, and its calendar decides what "today" and "overdue" mean.
 */
public interface OrganizationTime {

    ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    /** The organisation's zone; cheap enough to call on every page (kept in memory). */
    ZoneId zoneOf(UUID organizationId);

    /** Today in the organisation's calendar. */
    LocalDate today(UUID organizationId);
}
