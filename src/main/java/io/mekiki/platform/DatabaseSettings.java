package io.mekiki.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Mekiki watches its database.
 *
 * @param checkInterval how often the watchdog checks that the database answers
 * @param probeTimeout how long one check may wait for the database
 * @param giveUpAfter how long Mekiki tries to start a dead embedded database again before it stops itself
 */
@ConfigurationProperties("mekiki.database")
public record DatabaseSettings(
        @DefaultValue("1s") Duration checkInterval,
        @DefaultValue("2s") Duration probeTimeout,
        @DefaultValue("2m") Duration giveUpAfter) {}
