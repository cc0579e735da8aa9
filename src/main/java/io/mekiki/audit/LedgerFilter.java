package io.mekiki.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of the ledger to read; every part left null lets every entry through.
 *
 * @param subjectIds only entries about one of these subjects (an empty list finds nothing)
 * @param actorId only entries of this person ({@code system} for Mekiki itself)
 * @param action only this operation, e.g. {@code decision.decision.decided}
 * @param from only entries recorded at or after this moment
 * @param until only entries recorded before this moment
 */
public record LedgerFilter(
        @Nullable String subjectType,
        @Nullable Collection<String> subjectIds,
        @Nullable String actorId,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant until) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, null);

    public LedgerFilter {
        subjectIds = subjectIds == null ? null : List.copyOf(subjectIds);
    }

    public static LedgerFilter subject(@Nullable String subjectType, @Nullable String subjectId) {
        return new LedgerFilter(subjectType, subjectId == null ? null : List.of(subjectId), null, null, null, null);
    }
}
