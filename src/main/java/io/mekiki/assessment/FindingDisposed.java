package io.mekiki.assessment;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A disposition was set on a finding: accept (with its rationale), mitigate (action, owner, due) or exclude. */
public record FindingDisposed(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        FindingDisposition disposition,
        @Nullable String rationale,
        @Nullable String action,
        @Nullable UUID ownerId,
        @Nullable LocalDate dueDate,
        long version)
        implements FindingChange {

    @Override
    public String action() {
        return "assessment.finding.disposed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("candidateId", candidateId.toString());
        change.put("itemId", itemId);
        change.put("disposition", disposition.name());
        if (rationale != null) {
            change.put("rationale", rationale);
        }
        if (action != null) {
            change.put("mitigationAction", action);
        }
        if (ownerId != null) {
            change.put("ownerId", ownerId.toString());
        }
        if (dueDate != null) {
            change.put("dueDate", dueDate.toString());
        }
        change.put("version", version);
        return change;
    }
}
