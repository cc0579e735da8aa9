package io.mekiki.initiative;

import io.mekiki.decision.Decision;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A gate as it stands, with the decisions that make it so.
 *
 * @param approval the approval that counts (for a gate over one topic), if any; it may be stale
 * @param waiting requests waiting for an executive
 * @param stale approvals made on an older basis that hold the gate back
 * @param notApproved the newest decisions that rejected or returned the request and hold the gate back
 * @param decisions every decision on the gate's topic(s), newest first
 */
public record GateStatus(
        Gate gate,
        GateState state,
        @Nullable Decision approval,
        List<Decision> waiting,
        List<Decision> stale,
        List<Decision> notApproved,
        List<Decision> decisions) {

    public GateStatus {
        waiting = List.copyOf(waiting);
        stale = List.copyOf(stale);
        notApproved = List.copyOf(notApproved);
        decisions = List.copyOf(decisions);
    }

    public boolean satisfied() {
        return state.satisfied();
    }

    /** Who has to act for the gate to open. */
    public Actor nextActor() {
        return switch (state) {
            case APPROVED -> Actor.NOBODY;
            case WAITING -> Actor.EXECUTIVE;
            case OPEN, STALE -> Actor.REQUESTER;
        };
    }

    /** Since when the approval is stale, when it is. */
    public @Nullable Instant staleSince() {
        return stale.stream()
                .map(Decision::staleSince)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** Who moves a gate forward. */
    public enum Actor {
        /** A risk officer or business owner asks for a decision. */
        REQUESTER,
        /** An executive who did not ask decides. */
        EXECUTIVE,
        NOBODY
    }
}
