package io.mekiki.provider;

import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A service as lists show it. */
public record ServiceRow(
        UUID id,
        String name,
        UUID providerId,
        String providerName,
        ServiceModel serviceModel,
        List<String> dataLocations,
        boolean customerChoosesLocation,
        @Nullable BigDecimal availabilityPercent,
        Instant updatedAt) {}
