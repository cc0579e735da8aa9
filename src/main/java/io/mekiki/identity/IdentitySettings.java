package io.mekiki.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and first run.
 *
 * @param publicUrl the address users reach Mekiki at, for links printed or shown (default: http://localhost:port)
 * @param activationValidity how long an activation link stays valid
 * @param signIn how failed sign-ins slow down further attempts (ADR 008)
 */
@ConfigurationProperties("mekiki.identity")
public record IdentitySettings(
        @Nullable String publicUrl,
        @DefaultValue("7d") Duration activationValidity,
        @DefaultValue SignInThrottling signIn) {

    /**
     * The numbers of the sign-in throttle (ADR 008). Each key (the address together with the client
     * address, the address alone, the client address alone) allows some failures within {@code window};
     * after that, every further failure doubles the wait before the next attempt, from the first delay
     * up to the maximum. The brake applies when failures of all addresses together reach its threshold.
     */
    public record SignInThrottling(
            @DefaultValue("1h") Duration window,
            @DefaultValue("5") int addressAndClientFreeFailures,
            @DefaultValue("30s") Duration addressAndClientFirstDelay,
            @DefaultValue("15m") Duration addressAndClientMaxDelay,
            @DefaultValue("10") int addressFreeFailures,
            @DefaultValue("1s") Duration addressFirstDelay,
            @DefaultValue("1m") Duration addressMaxDelay,
            @DefaultValue("50") int clientFreeFailures,
            @DefaultValue("15s") Duration clientFirstDelay,
            @DefaultValue("5m") Duration clientMaxDelay,
            @DefaultValue("10m") Duration brakeWindow,
            @DefaultValue("500") int brakeThreshold,
            @DefaultValue("30s") Duration brakeDelay) {

        /** How long failure rows are needed; older ones are purged. */
        Duration retention() {
            return window.compareTo(brakeWindow) >= 0 ? window : brakeWindow;
        }
    }
}
