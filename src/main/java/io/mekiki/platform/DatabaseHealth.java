package io.mekiki.platform;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health as the watchdog last found it. Replaces the default indicator, which borrows a
 * pooled connection and so waits for the pool's timeout when the database is gone.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DatabaseAvailability availability;

    DatabaseHealth(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        return availability.isAvailable() ? Health.up().build() : Health.down().build();
    }
}
