package io.mekiki.profile;

import io.mekiki.shared.OrganizationTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The organisations' time zones, kept in memory because every page with a time asks for one; a saved
 * profile drops its organisation's zone once the save has committed, so the next read finds the new one.
 */
@Component
class ProfileTimeZones implements OrganizationTime {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, ZoneId> zones = new ConcurrentHashMap<>();

    ProfileTimeZones(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ZoneId zoneOf(UUID organizationId) {
        return zones.computeIfAbsent(organizationId, this::stored);
    }

    @Override
    public LocalDate today(UUID organizationId) {
        return LocalDate.now(clock.withZone(zoneOf(organizationId)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ProfileUpdated change) {
        zones.remove(change.organizationId());
    }

    private ZoneId stored(UUID organizationId) {
        return jdbc.sql("select time_zone from profile_organization_profile where organization_id = ?")
                .param(organizationId)
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElse(DEFAULT_ZONE);
    }
}
