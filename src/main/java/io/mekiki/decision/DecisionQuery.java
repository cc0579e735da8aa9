package io.mekiki.decision;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which decisions of an organisation to list; every filter left null lists all.
 *
 * @param stale true for stale decisions only, false for those that are not stale
 */
public record DecisionQuery(
        @Nullable String subjectType,
        @Nullable UUID subjectId,
        @Nullable DecisionStatus status,
        @Nullable Boolean stale) {

    public static DecisionQuery all() {
        return new DecisionQuery(null, null, null, null);
    }
}
