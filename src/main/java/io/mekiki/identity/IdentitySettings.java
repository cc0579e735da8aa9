package io.mekiki.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and first run.
 *
 * @param publicUrl the address users reach Mekiki at, for links printed or shown (default: http://localhost:port)
 * @param loginMaxFailures failed sign-ins per address before it is locked for {@code loginLockDuration}
 * @param loginLockDuration how long an address stays locked, counted from its last failure
 * @param activationValidity how long an activation link stays valid
 */
@ConfigurationProperties("mekiki.identity")
public record IdentitySettings(
        @Nullable String publicUrl,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("15m") Duration loginLockDuration,
        @DefaultValue("7d") Duration activationValidity) {}
