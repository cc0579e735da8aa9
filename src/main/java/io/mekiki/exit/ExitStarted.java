package io.mekiki.exit;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An exit started, its plan taken from the contract's exit terms. */
public record ExitStarted(
        UUID organizationId,
        Actor actor,
        UUID exitId,
        UUID initiativeId,
        ExitOrigin origin,
        @Nullable LocalDate noticeReceivedOn,
        @Nullable LocalDate noticeEffectiveOn,
        LocalDate endsOn,
        Map<String, Object> plan)
        implements ExitChange {

    public ExitStarted {
        plan = Map.copyOf(plan);
    }

    @Override
    public String action() {
        return "exit.exit.started";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("outcome", origin.name());
        change.put("origin", origin.name());
        if (noticeReceivedOn != null) {
            change.put("noticeReceivedOn", noticeReceivedOn.toString());
            change.put("noticeEffectiveOn", String.valueOf(noticeEffectiveOn));
        }
        change.put("endsOn", endsOn.toString());
        change.put("dataSets", plan.getOrDefault("dataSets", List.of()));
        change.put("deletionMethod", plan.get("deletionMethod"));
        change.put("deletionProof", plan.get("deletionProof"));
        return change;
    }
}
