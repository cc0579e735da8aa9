package io.mekiki.assets;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an information asset costs and achieves while it is kept in-house, for a comparison with cloud
 * services: its controls today, its yearly cost in yen and its service level.
 */
public record InHouseFacts(
        UUID id,
        String name,
        @Nullable String currentControls,
        @Nullable Long currentAnnualCost,
        @Nullable String currentServiceLevel) {}
