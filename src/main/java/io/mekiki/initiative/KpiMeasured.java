package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measured value of one of the initiative's KPIs was recorded. */
public record KpiMeasured(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        UUID kpiId,
        String kpi,
        LocalDate measuredOn,
        BigDecimal value,
        @Nullable String note)
        implements InitiativeChange {

    @Override
    public String action() {
        return "initiative.kpi.measured";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kpiId", kpiId.toString());
        facts.put("kpi", kpi);
        facts.put("measuredOn", measuredOn.toString());
        facts.put("value", value.toPlainString());
        facts.put("note", note);
        return facts;
    }
}
