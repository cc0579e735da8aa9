package io.mekiki.exit;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A risk officer changed the exit plan: each part that changed with its value before and after. */
public record ExitPlanRevised(
        UUID organizationId,
        Actor actor,
        UUID exitId,
        UUID initiativeId,
        Map<String, Object> before,
        Map<String, Object> after)
        implements ExitChange {

    @Override
    public String action() {
        return "exit.plan.revised";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            Object was = before.get(key);
            if (!Objects.equals(was, value)) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", was);
                pair.put("after", value);
                change.put(key, pair);
            }
        });
        return change;
    }
}
