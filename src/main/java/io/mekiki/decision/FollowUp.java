package io.mekiki.decision;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A condition of an approval: a follow-up item, open until the requester or an executive marks it done. */
@Table("decision_condition")
record FollowUp(
        UUID conditionId,
        String text,
        boolean done,
        @Nullable UUID doneBy,
        @Nullable String doneByName,
        @Nullable Instant doneAt) {

    static FollowUp open(String text) {
        return new FollowUp(UUID.randomUUID(), text, false, null, null, null);
    }

    FollowUp doneBy(UUID userId, String userName, Instant now) {
        return new FollowUp(conditionId, text, true, userId, userName, now);
    }

    Decision.Condition view() {
        return new Decision.Condition(conditionId, text, done, doneByName, doneAt);
    }
}
