package io.mekiki.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded of an attestation report beyond its kind and period: the date of the report, the services
 * its scope names (none: the provider as a whole), its bridge letters, the exceptions it notes and the
 * complementary user-entity controls it expects from us.
 */
public record AttestationParts(
        UUID attestationId,
        @Nullable LocalDate reportDate,
        List<UUID> serviceIds,
        List<BridgeLetter> bridgeLetters,
        List<ReportException> exceptions,
        List<UserEntityControl> userEntityControls) {

    public AttestationParts {
        serviceIds = List.copyOf(serviceIds);
        bridgeLetters = List.copyOf(bridgeLetters);
        exceptions = List.copyOf(exceptions);
        userEntityControls = List.copyOf(userEntityControls);
    }

    /** The last day a bridge letter carries the report to, if any. */
    public @Nullable LocalDate bridgedUntil() {
        return bridgeLetters.stream()
                .map(BridgeLetter::coversUntil)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
