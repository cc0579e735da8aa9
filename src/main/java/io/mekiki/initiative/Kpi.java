package io.mekiki.initiative;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A key performance indicator of an initiative. */
@Table("initiative_kpi")
public record Kpi(
        UUID kpiId,
        String name,
        String unit,
        @Nullable BigDecimal baseline,
        @Nullable BigDecimal target) {}
